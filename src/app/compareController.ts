/**
 * Review mode's comparison, as a Lit reactive controller of <pz-app>: keeps the baseline (the
 * plots as the zone loaded), lists the stored sketches, gathers the two plot sets chosen and
 * asks the engine worker to compare them (compareZones runs there). Late answers for an older
 * choice are dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeatureInput } from '../domain/parse.ts';
import type { ZoneComparison } from '../stats/compare.ts';
import { compareOf } from '../state/compareActions.ts';
import { changeFeaturesOf } from '../state/compareSelectors.ts';
import { BASELINE_SET, CURRENT_SET } from '../state/compareTypes.ts';
import type { AppState, SourceFeature } from '../state/types.ts';
import type { SketchStore, UnavailableStore } from '../storage/sketchRepository.ts';
import type { AppController } from './appController.ts';

type Repo = SketchStore | UnavailableStore;
export interface CompareResult {
  key: string;
  comparison: ZoneComparison;
  changes: ReturnType<typeof changeFeaturesOf>;
}

const plain = (f: SourceFeature): FeatureInput => ({ id: f.id, geometry: f.geometry, properties: f.properties });

export class CompareController implements ReactiveController {
  private baseline: FeatureInput[] | null = null;
  private result: CompareResult | null = null;
  private asked = '';
  private unbinds: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly app: AppController, private readonly repo: () => Repo | null) {
    host.addController(this);
  }

  hostConnected(): void {
    const { store } = this.app;
    const onChosen = (e: HTMLElementEventMap['pz-compare-changed']): void => store.dispatch({ type: 'compare-chosen', ...e.detail });
    this.host.addEventListener('pz-compare-changed', onChosen);
    this.unbinds = [store.subscribe((state, previous) => this.refresh(state, previous)), () => this.host.removeEventListener('pz-compare-changed', onChosen)];
  }

  hostDisconnected(): void {
    for (const unbind of this.unbinds) unbind();
    this.unbinds = [];
  }

  /** The comparison of the chosen sets, or null while it is computed (or outside Review mode). */
  resultFor(state: AppState): CompareResult | null {
    return this.result !== null && this.result.key === this.keyOf(state) ? this.result : null;
  }

  private keyOf(state: AppState): string {
    const part = (id: string): string => (id === CURRENT_SET ? `${id}@${state.data.plots.version}` : id);
    const compare = compareOf(state);
    return `${part(compare.beforeId)}|${part(compare.afterId)}|${state.presetId}|${state.data.districts.version}|${state.data.parks.version}`;
  }

  private refresh(state: AppState, previous: AppState): void {
    if (this.baseline === null && state.loadStatus === 'ready') this.baseline = state.data.plots.features.map(plain);
    if (state.mode !== 'review' || this.baseline === null) return;
    if (previous.mode !== 'review') void this.listSketches();
    const key = this.keyOf(state);
    if (this.asked === key) return;
    this.asked = key;
    this.compute(state, key).catch((error: unknown) => {
      if (this.asked === key) this.asked = '';
      console.error('ParkZone: the comparison failed', error);
    });
  }

  private async listSketches(): Promise<void> {
    const listed = await this.repo()?.list();
    if (listed?.ok !== true) return;
    this.app.store.dispatch({ type: 'compare-sketches-listed', sketches: listed.sketches.map((s) => ({ id: s.id, name: s.name })) });
  }

  private async plotsOf(id: string, state: AppState): Promise<FeatureInput[]> {
    if (id === BASELINE_SET) return this.baseline ?? [];
    if (id === CURRENT_SET) return state.data.plots.features.map(plain);
    const got = await this.repo()?.get(id);
    if (got?.ok !== true) throw new Error(`sketch ${id} could not be read`);
    return got.sketch.features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties }));
  }

  private async compute(state: AppState, key: string): Promise<void> {
    const engine = this.app.engine;
    if (engine === null) return;
    const compare = compareOf(state);
    const before = await this.plotsOf(compare.beforeId, state);
    const after = await this.plotsOf(compare.afterId, state);
    const { comparison } = await engine.request({ op: 'compare', before, after, presetId: state.presetId });
    if (this.keyOf(this.app.store.getState()) !== key) return;
    this.result = { key, comparison, changes: changeFeaturesOf(comparison, before, after) };
    this.host.requestUpdate();
  }
}
