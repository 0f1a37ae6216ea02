/**
 * Autosave: every change of the plots is written within half a second (debounced), one write at
 * a time, and at once when the tab is hidden or closed. An explicit save (button, Ctrl+S) and,
 * every few minutes of editing, an automatic save also keep a version. A failed write leaves the
 * plan in memory, says "not saved" and is tried again with the next change or save; a conflict
 * with another tab stops writing until the planner chooses (sketchSync.ts).
 */
import type { Sketch, VersionKind } from '../domain/sketch.ts';
import { cachedFiguresOf, sketchFeaturesOf } from '../state/sketchModel.ts';
import type { LayerData } from '../state/types.ts';
import type { StorageFailure } from '../storage/sketchRepository.ts';
import type { SketchSession } from './sketchSession.ts';
import { showBackupTipOnce } from './sketchPersistence.ts';

export const AUTOSAVE_DELAY_MS = 500;
export const AUTO_VERSION_EVERY_MS = 3 * 60 * 1000;
const FIGURES_WAIT_MS = 250;

export class SketchAutosave {
  /** the other tab's copy while the planner chooses between it and this one */
  latest: Sketch | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again: 'auto' | 'explicit' | null = null;
  private lastVersionAtMs = Date.now();
  private savedOnce = false;

  constructor(private readonly session: SketchSession) {}

  /** Watches the plots and the tab's visibility; returns the function that stops watching. */
  bind(): () => void {
    const unsubscribe = this.session.store.subscribe((state, previous) => {
      if (state.data.plots !== previous.data.plots || state.present.scenes !== previous.present.scenes) this.plotsChanged();
    });
    const onHidden = (): void => { if (document.visibilityState === 'hidden') this.flushNow(); };
    const onPageHide = (): void => this.flushNow();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
    };
  }

  /** A sketch was opened: a new clock for automatic versions, nothing pending. */
  reset(): void {
    this.lastVersionAtMs = Date.now();
    this.latest = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The plots moved away from the stored copy: write them soon. */
  plotsChanged(): void {
    const { session } = this;
    if (!session.canWrite() || !session.isDirty()) return;
    if (session.state.sketch.saveStatus === 'saved') session.store.dispatch({ type: 'sketch-save-status', status: 'pending' });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run('auto');
    }, AUTOSAVE_DELAY_MS);
  }

  /** Writes now what is pending (the tab is going away). */
  flushNow(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.session.isDirty()) void this.run('auto');
  }

  /** Saves now; `explicit` also keeps a version. Writes never overlap: a save asked for meanwhile follows. */
  run(kind: 'auto' | 'explicit'): Promise<void> {
    if (this.running !== null) {
      this.again = kind === 'explicit' || this.again === 'explicit' ? 'explicit' : 'auto';
      return this.running;
    }
    this.running = this.saveOnce(kind)
      .catch((error: unknown) => console.warn('ParkZone: saving the sketch failed', error))
      .finally(() => {
        this.running = null;
        const next = this.again;
        this.again = null;
        if (next !== null) void this.run(next);
      });
    return this.running;
  }

  private async saveOnce(kind: 'auto' | 'explicit'): Promise<void> {
    const { session } = this;
    const { repo, stored } = session;
    if (repo === null || stored === null || !session.canWrite() || session.state.sketch.conflict) return;
    if (!session.isDirty()) {
      if (kind === 'explicit') await this.keepVersionOf(stored);
      return;
    }
    const layer = session.state.data.plots;
    session.store.dispatch({ type: 'sketch-save-status', status: 'saving' });
    const cachedFigures = await this.figures();
    const keepVersion: VersionKind | undefined = kind === 'explicit' ? 'explicit' : this.autoVersionDue() ? 'auto' : undefined;
    const scenes = session.state.present.scenes;
    const sketch: Sketch = { ...stored, features: sketchFeaturesOf(layer), scenes };
    const started = performance.now();
    const result = await repo.save(sketch, stored.revision, keepVersion === undefined ? { cachedFigures } : { cachedFigures, keepVersion });
    performance.measure('pz-sketch-save', { start: started, end: performance.now() });
    if (result.ok) {
      session.savedScenes = scenes;
      return this.saved(result.sketch, layer, keepVersion !== undefined);
    }
    if (result.kind === 'conflict') {
      this.latest = result.latest;
      session.store.dispatch({ type: 'sketch-conflict-found', conflict: true });
      session.store.dispatch({ type: 'sketch-save-status', status: 'pending' });
    } else if (result.kind === 'not-found') {
      await session.createFrom({ name: stored.name, basedOn: stored.basedOn, features: sketchFeaturesOf(layer), scenes, thresholdPresetId: stored.thresholdPresetId }, layer);
    } else this.reportFailure(result);
  }

  private saved(sketch: Sketch, layer: LayerData, keptVersion: boolean): void {
    const { session } = this;
    session.stored = sketch;
    session.savedLayer = layer;
    if (keptVersion) this.lastVersionAtMs = Date.now();
    session.store.dispatch({ type: 'sketch-save-status', status: session.isDirty() ? 'pending' : 'saved' });
    if (session.isDirty()) this.plotsChanged();
    this.afterSave();
  }

  private async keepVersionOf(stored: Sketch): Promise<void> {
    const repo = this.session.repo;
    if (repo === null) return;
    const result = await repo.saveVersion(stored, { kind: 'explicit', cachedFigures: await this.figures() });
    if (result.ok) this.lastVersionAtMs = Date.now();
    else if (result.kind !== 'stale' && result.kind !== 'not-found' && result.kind !== 'corrupt') this.reportFailure(result);
  }

  /** The zone's key numbers for the list, if the engine answers quickly (they are a cache). */
  private async figures(): Promise<Record<string, number>> {
    const engine = this.session.engine();
    if (engine === null) return {};
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIGURES_WAIT_MS));
    const answer = await Promise.race([engine.request({ op: 'stats' }).catch(() => null), timeout]);
    return cachedFiguresOf(answer?.stats ?? null);
  }

  private autoVersionDue(): boolean {
    return Date.now() - this.lastVersionAtMs >= AUTO_VERSION_EVERY_MS;
  }

  private afterSave(): void {
    if (this.savedOnce) return;
    this.savedOnce = true;
    void showBackupTipOnce(this.session);
  }

  /** A write that failed: the plan stays in memory and the header says "not saved". */
  reportFailure(failure: StorageFailure | { ok: false; kind: string }): void {
    const { store } = this.session;
    if (failure.kind === 'closed') return store.dispatch({ type: 'sketch-reload-needed' });
    console.warn('ParkZone: the sketch could not be saved', failure.kind, 'cause' in failure ? failure.cause : '');
    store.dispatch({ type: 'sketch-save-status', status: 'failed', failure: failure.kind === 'quota' ? 'quota' : 'write-failed' });
  }
}
