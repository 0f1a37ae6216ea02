/**
 * The open sketch, kept in step with storage: the composition root's side of issue 5. On start
 * it opens the sketch store (IndexedDB, or memory with the reason shown), waits for the zone,
 * and reopens the last sketch — or, on the very first start, makes "草案 1" from the baseline
 * (the zone's plots as loaded). It remembers the stored copy (its revision) and the plot layer
 * that copy matches; the autosave writes whenever the layer moves away from it.
 */
import { msg } from '../i18n/locale.ts';
import { BASELINE, type NewSketch, type Scene, type Sketch, type SketchFeature } from '../domain/sketch.ts';
import type { EngineClient } from '../state/engineClient.ts';
import { sketchFeaturesOf } from '../state/sketchModel.ts';
import type { Store } from '../state/store.ts';
import type { LayerData } from '../state/types.ts';
import type { SketchStore, UnavailableStore } from '../storage/sketchRepository.ts';
import { SketchAutosave } from './sketchAutosave.ts';
import { loadPlotsIntoApp, zoneLoaded } from './sketchLoad.ts';
import { onExternalChange } from './sketchSync.ts';

export class SketchSession {
  repo: SketchStore | UnavailableStore | null = null;
  /** the open sketch as stored (its revision is what the next save starts from) */
  stored: Sketch | null = null;
  /** the plot layer the stored copy matches; another layer in the store means unsaved changes */
  savedLayer: LayerData | null = null;
  /** the scenes (state.present.scenes) the stored copy matches; others in the store are unsaved */
  savedScenes: readonly Scene[] | null = null;
  /** the zone's plots as loaded at start: what "new from the baseline" copies */
  baseline: SketchFeature[] = [];
  readonly autosave: SketchAutosave;
  private unbinds: (() => void)[] = [];
  private disposed = false;

  constructor(
    readonly store: Store,
    readonly engine: () => EngineClient | null,
    private readonly openStorage: () => Promise<SketchStore | UnavailableStore>,
  ) {
    this.autosave = new SketchAutosave(this);
  }

  get state() {
    return this.store.getState();
  }

  isDirty(): boolean {
    const scenesChanged = this.savedScenes !== null && this.state.present.scenes !== this.savedScenes;
    return (this.savedLayer !== null && this.state.data.plots !== this.savedLayer) || scenesChanged;
  }

  /** Storage may be written: a sketch is open and no newer tab took over. */
  canWrite(): boolean {
    return this.repo !== null && this.stored !== null && !this.state.sketch.reloadNeeded && !this.disposed;
  }

  async start(): Promise<void> {
    const repo = await this.openStorage();
    if (this.disposed) return;
    this.repo = repo;
    if (!repo.persistent) this.store.dispatch({ type: 'sketch-storage-unavailable', reason: { messageZh: repo.reason.messageZh, messageEn: repo.reason.messageEn } });
    this.unbinds.push(
      repo.onReloadNeeded(() => this.store.dispatch({ type: 'sketch-reload-needed' })),
      repo.onExternalChange((change) => void onExternalChange(this, change)),
      this.autosave.bind(),
    );
    const last = this.readLast(repo).catch(() => null);
    await zoneLoaded(this.store);
    this.baseline = sketchFeaturesOf(this.state.data.plots);
    await this.reopenLast(repo, await last);
  }

  /** The last sketch, read while the zone loads; null when there is none (or it cannot be read). */
  private async readLast(repo: SketchStore | UnavailableStore): Promise<Sketch | null> {
    const last = await repo.getLastOpened();
    const id = last.ok ? last.value : null;
    const started = performance.now();
    const found = id === null ? null : await repo.get(id);
    if (found === null || !found.ok) return null;
    performance.measure('pz-sketch-load', { start: started, end: performance.now() });
    return found.sketch;
  }

  private async reopenLast(repo: SketchStore | UnavailableStore, last: Sketch | null): Promise<void> {
    if (last !== null) return this.open(last);
    const list = await repo.list();
    const newest = list.ok ? list.sketches[0] : undefined;
    const other = newest === undefined ? null : await repo.get(newest.id);
    if (other !== null && other.ok) return this.open(other.sketch);
    const shown = this.state.data.plots;
    await this.createFrom({ name: msg(this.state.lang, 'sketch.firstName'), basedOn: BASELINE, features: sketchFeaturesOf(shown) }, shown);
  }

  /**
   * Makes a sketch and opens it; when storage refuses, the plan is still worked on in memory.
   * `shown`: the sketch was made from this layer, which the map shows; edits made meanwhile stay
   * and are saved next.
   */
  async createFrom(from: Omit<NewSketch, 'thresholdPresetId'> & { thresholdPresetId?: string }, shown?: LayerData): Promise<boolean> {
    const repo = this.repo;
    if (repo === null) return false;
    const presetId = from.thresholdPresetId === undefined || from.thresholdPresetId === '' ? this.state.presetId : from.thresholdPresetId;
    const started = performance.now();
    const created = await repo.create({ ...from, thresholdPresetId: presetId });
    performance.measure('pz-sketch-create', { start: started, end: performance.now() });
    if (!created.ok) {
      this.autosave.reportFailure(created);
      return false;
    }
    if (shown === undefined) await this.open(created.sketch);
    else {
      this.adopt(created.sketch, shown);
      await repo.setLastOpened(created.sketch.id);
    }
    return true;
  }

  /** Shows a stored sketch: its plots on the map and in the engine, its name in the header. */
  async open(sketch: Sketch): Promise<void> {
    const engine = this.engine();
    if (engine === null) return;
    const started = performance.now();
    const loaded = await loadPlotsIntoApp(this.store, engine, sketch.features);
    performance.measure('pz-sketch-show', { start: started, end: performance.now() });
    if (loaded.ok) {
      this.adopt(sketch);
      await this.repo?.setLastOpened(sketch.id);
      return;
    }
    // the stored sketch stays as it is, untouched; the plan on the map continues as a new sketch
    console.warn('ParkZone: a stored sketch could not be shown', loaded.messageEn);
    const shown = this.state.data.plots;
    await this.createFrom({ name: msg(this.state.lang, 'sketch.copyName', { name: sketch.name }), basedOn: sketch.basedOn, features: sketchFeaturesOf(shown) }, shown);
  }

  /** From now on `sketch` is the stored copy of what the map shows. */
  adopt(sketch: Sketch, savedLayer: LayerData = this.state.data.plots): void {
    this.stored = sketch;
    this.savedLayer = savedLayer;
    this.store.dispatch({ type: 'present-scenes-loaded', scenes: sketch.scenes });
    this.savedScenes = this.state.present.scenes;
    this.autosave.reset();
    this.store.dispatch({ type: 'sketch-opened', id: sketch.id, name: sketch.name });
    this.store.dispatch({ type: 'sketch-save-status', status: 'saved' });
    if (this.isDirty()) this.autosave.plotsChanged();
  }

  dispose(): void {
    this.autosave.flushNow();
    this.disposed = true;
    for (const unbind of this.unbinds) unbind();
    this.unbinds = [];
  }
}
