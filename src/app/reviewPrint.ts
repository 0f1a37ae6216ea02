/**
 * The print report's flow: on request, the map is exported as an image through the map's
 * presenter (the Present export), the report page is shown, the paper size is set with an
 * @page rule in the document (shadow roots cannot set it), and the browser's print dialog opens.
 */
import type { ReactiveControllerHost } from 'lit';
import { msg } from '../i18n/locale.ts';
import type { PzMap } from '../map/pz-map.ts';
import { legendRowsOf } from '../state/legend.ts';
import type { ReviewDashboard } from '../state/reviewSelectors.ts';
import { themeLabelText } from '../state/themes.ts';
import type { AppController } from './appController.ts';
import { isoDate } from './presentDownload.ts';

export type Paper = 'a4' | 'a3';

export interface PrintState {
  paper: Paper;
  date: string;
  imageUrl: string;
  imageError: string;
}

/** Map image width per paper (about 150 dpi over the printed width). */
const IMAGE_WIDTH_PX: Readonly<Record<Paper, number>> = { a4: 1600, a3: 2400 };

/** The image keeps the shape of the map on screen (within 2:1 and 2:3), so nothing shown is cropped. */
function imageSize(paper: Paper, map: HTMLElement): { widthPx: number; heightPx: number } {
  const widthPx = IMAGE_WIDTH_PX[paper];
  const shape = Math.min(1.5, Math.max(0.5, map.clientHeight / Math.max(1, map.clientWidth)));
  return { widthPx, heightPx: Math.round(widthPx * shape) };
}
const PAGE_STYLE_ID = 'pz-review-page';

function setPageStyle(paper: Paper | null): void {
  document.getElementById(PAGE_STYLE_ID)?.remove();
  if (paper === null) return;
  const style = document.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = `@page { size: ${paper === 'a4' ? 'A4' : 'A3'} landscape; margin: 10mm; }
    @media print { html, body { height: auto !important; overflow: visible !important; } }`;
  document.head.append(style);
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

export class ReviewPrint {
  state: PrintState | null = null;
  private seq = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly app: AppController,
    private readonly map: () => PzMap | null,
    readonly dashboard: () => ReviewDashboard | null,
  ) {}

  get isOpen(): boolean {
    return this.state !== null;
  }

  /** Makes the map image, shows the report page, then opens the print dialog. */
  async open(paper: Paper): Promise<void> {
    const seq = ++this.seq;
    this.state = { paper, date: isoDate(new Date()), imageUrl: '', imageError: '' };
    setPageStyle(paper);
    this.host.toggleAttribute('printing', true);
    this.host.requestUpdate();
    const patch = await this.mapImage(paper).then((imageUrl) => ({ imageUrl }), (error: unknown) => ({
      imageError: error instanceof Error ? error.message : String(error),
    }));
    if (seq !== this.seq || this.state === null) return;
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
  }

  close(): void {
    this.seq += 1;
    this.state = null;
    setPageStyle(null);
    this.host.toggleAttribute('printing', false);
    this.host.requestUpdate();
  }

  /** The legend of the map's theme, as the image shows it. */
  legend(): { title: string; rows: { color: string; label: string }[] } {
    const state = this.app.state;
    const rows = legendRowsOf(state.theme, state.data.plots, this.app.derived.plotThemeValues);
    return {
      title: msg(state.lang, `theme.${state.theme}`),
      rows: rows.map((row) => ({ color: row.color, label: themeLabelText(state.lang, row.label) })),
    };
  }

  sketchName(): string {
    const state = this.app.state;
    return state.sketch.current?.name ?? msg(state.lang, 'header.sketch');
  }

  private async mapImage(paper: Paper): Promise<string> {
    const map = this.map();
    const presenter = map?.presenter ?? null;
    if (map === null || presenter === null) throw new Error('the map is not shown');
    const legend = this.legend();
    const blob = await presenter.exportImage(imageSize(paper, map), {
      title: `${msg(this.app.state.lang, 'app.zoneName')} · ${this.sketchName()}`, caption: '', figures: '',
      legendTitle: legend.title, legend: legend.rows, footer: this.state?.date ?? '', note: '',
    });
    return dataUrlOf(blob);
  }
}
