/**
 * Threshold presets on the page: read the user's presets from storage at start, hand them to
 * the engine worker, and save, switch and delete them. The worker always learns a preset
 * before the state names it, so every figure asked for afterwards uses it.
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { EngineClient } from '../state/engineClient.ts';
import { presetsOf } from '../state/presetActions.ts';
import { currentPresetOf, newPresetId, presetChoicesOf } from '../state/presetSelectors.ts';
import type { Store } from '../state/store.ts';
import type { SketchStore, UnavailableStore } from '../storage/sketchRepository.ts';
import { DEFAULT_PRESET_ID } from '../state/coreViews.ts';

export class PresetFlow {
  private repo: SketchStore | UnavailableStore | null = null;
  private disposed = false;

  constructor(
    private readonly store: Store,
    private readonly engine: () => EngineClient | null,
    private readonly openStorage: () => Promise<SketchStore | UnavailableStore>,
  ) {}

  async start(): Promise<void> {
    const repo = await this.openStorage();
    if (this.disposed) return;
    this.repo = repo;
    const stored = await repo.getPresets();
    if (stored.ok && stored.value.length > 0) await this.publish(stored.value);
  }

  storage(): SketchStore | UnavailableStore | null {
    return this.repo;
  }

  dispose(): void {
    this.disposed = true;
    this.repo = null;
  }

  async choose(presetId: string): Promise<void> {
    const state = this.store.getState();
    if (!presetChoicesOf(state).some((p) => p.id === presetId)) return;
    this.store.dispatch({ type: 'preset-chosen', presetId });
  }

  openEditor(fromId: string, copy: boolean): void {
    const state = this.store.getState();
    const from = presetChoicesOf(state).find((p) => p.id === fromId) ?? currentPresetOf(state);
    this.store.dispatch({ type: 'preset-editor-set', editor: { editingId: copy || from.isExample ? null : from.id, from } });
  }

  /** Saves `preset` under a new id (replacing `replacingId`), stores the list and switches to it. */
  async save(preset: ThresholdPreset, replacingId: string | null): Promise<void> {
    const saved: ThresholdPreset = { ...preset, id: newPresetId(Date.now(), Math.random()), isExample: false };
    const others = presetsOf(this.store.getState()).userPresets.filter((p) => p.id !== replacingId);
    if (!(await this.storeList([...others, saved]))) return;
    this.store.dispatch({ type: 'preset-chosen', presetId: saved.id });
    this.store.dispatch({ type: 'preset-editor-set', editor: null });
  }

  async remove(presetId: string): Promise<void> {
    const state = this.store.getState();
    const rest = presetsOf(state).userPresets.filter((p) => p.id !== presetId);
    if (!(await this.storeList(rest))) return;
    if (state.presetId === presetId) this.store.dispatch({ type: 'preset-chosen', presetId: DEFAULT_PRESET_ID });
  }

  /** Writes the list to storage, then to the worker and the state; false when storage refused. */
  private async storeList(presets: ThresholdPreset[]): Promise<boolean> {
    const written = this.repo === null ? { ok: true as const } : await this.repo.setPresets(presets);
    if (!written.ok) {
      this.store.dispatch({ type: 'preset-save-failed', reasonEn: `storage ${written.kind}`, reasonZh: `存储失败（${written.kind}）` });
      return false;
    }
    await this.publish(presets);
    return true;
  }

  private async publish(presets: readonly ThresholdPreset[]): Promise<void> {
    const engine = this.engine();
    if (engine !== null) await engine.request({ op: 'setPresets', presets: [...presets] });
    this.store.dispatch({ type: 'presets-stored', presets });
  }
}
