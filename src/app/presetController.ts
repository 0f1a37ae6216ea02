/**
 * Review mode's presets and overlays, as a Lit reactive controller of <pz-app>: starts the
 * preset flow, turns the preset components' events into its commands, and keeps the engine's
 * answers the Review column and the map show (compliance counts of the current preset, the
 * overlay collections). Late answers for an older state are dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReviewOverlayData } from '../map/reviewOverlay.ts';
import type { MapAreaCollection } from '../map/mapTypes.ts';
import { createOverlaySelector, overlayCollectionsOf, overlayKeyOf, overlayWanted, type OverlayCollections } from '../state/overlaySelectors.ts';
import { presetsOf } from '../state/presetActions.ts';
import { complianceCountsOf, type ComplianceCounts } from '../state/presetSelectors.ts';
import { THEMES } from '../state/themes.ts';
import type { AppState } from '../state/types.ts';
import type { AppController } from './appController.ts';
import { PresetFlow } from './presetFlow.ts';

type Unbind = () => void;

function on<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): Unbind {
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

const INDUSTRY_PAIRS: readonly (readonly [string, string])[] = THEMES.industry.entries.map((e) => [e.value, e.color] as const);

export class PresetController implements ReactiveController {
  private flow: PresetFlow | null = null;
  private unbinds: Unbind[] = [];
  private counted: { key: string; counts: ComplianceCounts } | null = null;
  private overlay: { key: string; collections: OverlayCollections } | null = null;
  private overlayData: ReviewOverlayData | null = null;
  private selectOverlay: ReturnType<typeof createOverlaySelector> | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly app: AppController) {
    host.addController(this);
  }

  hostConnected(): void {
    const { store } = this.app;
    const storage = this.app.storage;
    if (storage === null) throw new Error('PresetController: the app controller must connect first');
    const flow = new PresetFlow(store, () => this.app.engine, () => storage);
    this.flow = flow;
    const report = (error: unknown): void => console.warn('ParkZone: a preset command failed', error);
    const run = (task: Promise<void>): void => void task.catch(report);
    this.unbinds = [
      store.subscribe((state) => this.refresh(state)),
      on(this.host, 'pz-preset-chosen', (e) => run(flow.choose(e.detail.presetId))),
      on(this.host, 'pz-preset-edit-requested', (e) => flow.openEditor(e.detail.fromId, e.detail.copy)),
      on(this.host, 'pz-preset-saved', (e) => run(flow.save(e.detail.preset, e.detail.replacingId))),
      on(this.host, 'pz-preset-deleted', (e) => run(flow.remove(e.detail.presetId))),
      on(this.host, 'pz-preset-editor-closed', () => store.dispatch({ type: 'preset-editor-set', editor: null })),
      on(this.host, 'pz-overlay-changed', (e) => store.dispatch({ type: 'overlay-changed', overlay: e.detail.overlay })),
    ];
    run(flow.start());
  }

  hostDisconnected(): void {
    for (const unbind of this.unbinds) unbind();
    this.unbinds = [];
    this.flow?.dispose();
    this.flow = null;
    this.selectOverlay = null;
  }

  /** Failing, passing and no-data plot counts for the current preset; null while computing. */
  countsFor(state: AppState): ComplianceCounts | null {
    return this.counted?.key === `${state.dataVersion}|${state.presetId}` ? this.counted.counts : null;
  }

  /** What the map's review overlays show (with the comparison's `changes`); null when nothing is. */
  overlayFor(state: AppState, changes: MapAreaCollection | null): ReviewOverlayData | null {
    if (state.mode !== 'review') return null;
    const { hulls, hex } = presetsOf(state).overlay;
    const ready = overlayWanted(state) && this.overlay?.key === overlayKeyOf(state) ? this.overlay.collections : null;
    const next = { hulls: hulls && ready !== null ? ready.hulls : null, hexes: hex && ready !== null ? ready.hexes : null, changes };
    if (next.hulls === null && next.hexes === null && next.changes === null) return null;
    const last = this.overlayData;
    if (last?.hulls === next.hulls && last.hexes === next.hexes && last.changes === next.changes) return last;
    this.overlayData = { ...next, industryColors: INDUSTRY_PAIRS };
    return this.overlayData;
  }

  /** The storage the presets live in (also read by the comparison for stored sketches). */
  get repo(): ReturnType<PresetFlow['storage']> {
    return this.flow?.storage() ?? null;
  }

  private refresh(state: AppState): void {
    const engine = this.app.engine;
    if (engine === null || state.mode !== 'review' || state.dataVersion === 0) return;
    const report = (error: unknown): void => console.error('ParkZone: the engine failed', error);
    const countKey = `${state.dataVersion}|${state.presetId}`;
    if (this.counted?.key !== countKey) {
      engine.request({ op: 'plotThemeValues', presetId: state.presetId }).then(({ values }) => {
        const now = this.app.store.getState();
        if (`${now.dataVersion}|${now.presetId}` !== countKey) return;
        this.counted = { key: countKey, counts: complianceCountsOf(values) };
        this.host.requestUpdate();
      }, report);
    }
    if (!overlayWanted(state)) return;
    this.selectOverlay ??= createOverlaySelector(engine);
    const key = overlayKeyOf(state);
    if (this.overlay?.key === key) return;
    this.selectOverlay(state).then(({ clusters, hexCells }) => {
      if (overlayKeyOf(this.app.store.getState()) !== key) return;
      this.overlay = { key, collections: overlayCollectionsOf(clusters, hexCells) };
      this.host.requestUpdate();
    }, report);
  }
}
