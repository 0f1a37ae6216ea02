/**
 * Review mode's wiring, as a reactive controller of <pz-app>: asks the engine for every plot's
 * figures while Review is shown (once per data version and preset), derives the dashboard
 * through the memoised selector, and handles the CSV and print requests of its components.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PzMap } from '../map/pz-map.ts';
import { createReviewSelector, type ReviewDashboard } from '../state/reviewSelectors.ts';
import type { AppState } from '../state/types.ts';
import type { PlotFigures } from '../stats/types.ts';
import type { AppController } from './appController.ts';
import { downloadReviewCsv } from './reviewCsvDownload.ts';
import { ReviewPrint } from './reviewPrint.ts';

export class ReviewController implements ReactiveController {
  readonly print: ReviewPrint;
  private figures: { key: string; figures: readonly PlotFigures[] } | null = null;
  private asked = '';
  private readonly select = createReviewSelector();
  private unbinds: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly app: AppController, map: () => PzMap | null) {
    host.addController(this);
    this.print = new ReviewPrint(host, app, map, () => this.dashboard);
  }

  hostConnected(): void {
    const onCsv = (e: HTMLElementEventMap['pz-review-csv-requested']): void => {
      const dashboard = this.dashboard;
      if (dashboard !== null) downloadReviewCsv(dashboard.tables[e.detail.tableId]);
    };
    const onPrint = (e: HTMLElementEventMap['pz-review-print-requested']): void => void this.print.open(e.detail.paper);
    const onClose = (): void => this.print.close();
    this.host.addEventListener('pz-review-csv-requested', onCsv);
    this.host.addEventListener('pz-review-print-requested', onPrint);
    this.host.addEventListener('pz-review-print-closed', onClose);
    this.unbinds = [
      () => this.host.removeEventListener('pz-review-csv-requested', onCsv),
      () => this.host.removeEventListener('pz-review-print-requested', onPrint),
      () => this.host.removeEventListener('pz-review-print-closed', onClose),
    ];
  }

  hostDisconnected(): void {
    for (const unbind of this.unbinds) unbind();
    this.unbinds = [];
    this.print.close();
  }

  hostUpdate(): void {
    const state = this.app.state;
    this.host.toggleAttribute('reviewing', state.mode === 'review');
    if (state.mode === 'review') this.ask(state);
    else if (this.print.isOpen) this.print.close();
  }

  /** The dashboard for the current state; null until the engine has answered. */
  get dashboard(): ReviewDashboard | null {
    const state = this.app.state;
    const stats = this.app.shownStats;
    const figures = this.figures;
    if (stats === null || figures === null || figures.key !== keyOf(state)) return null;
    return this.select({
      stats, figures: figures.figures,
      districts: state.data.districts.features, parks: state.data.parks.features, plots: state.data.plots.features,
    });
  }

  private ask(state: AppState): void {
    const engine = this.app.engine;
    const key = keyOf(state);
    if (engine === null || state.dataVersion === 0 || this.asked === key) return;
    this.asked = key;
    engine.request({ op: 'reviewPlots', presetId: state.presetId }).then((answer) => {
      if (keyOf(this.app.state) !== key) return;
      this.figures = { key, figures: answer.figures };
      this.host.requestUpdate();
    }, (error: unknown) => {
      this.asked = '';
      console.error('ParkZone: the engine failed', error);
    });
  }
}

function keyOf(state: AppState): string {
  return `${state.dataVersion}|${state.presetId}`;
}
