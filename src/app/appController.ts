/**
 * The composition root's wiring, as a Lit reactive controller of <pz-app>: the store, the engine
 * worker, and the derived figures the selectors fetch from it. Everything started on connect is
 * stopped on disconnect.
 */
import { openSketchStore, type SketchStore, type UnavailableStore } from '../storage/sketchRepository.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { preferredLang } from '../i18n/locale.ts';
import { createEngineClient, type EngineClient, type EnginePort } from '../state/engineClient.ts';
import type { PlotThemeValue } from '../state/engineProtocol.ts';
import { createEngineSelectors, type EngineSelectors } from '../state/engineSelectors.ts';
import { initialState } from '../state/initialState.ts';
import { createStore, type Store } from '../state/store.ts';
import type { AppState } from '../state/types.ts';
import type { PlotFigures, ZoneStats } from '../stats/types.ts';
import { EditPreview } from './editPreview.ts';
import { loadSample } from './importFlow.ts';
import { loadBasemapUrl } from './settings.ts';

/** The engine's latest answers for the current state; undefined while a question is open. */
export interface Derived {
  stats: ZoneStats | null;
  plotThemeValues: readonly PlotThemeValue[];
  /** figures of the selected plot: undefined while computing, null when the engine has none */
  plotFigures: PlotFigures | null | undefined;
}

const NO_THEME_VALUES: readonly PlotThemeValue[] = [];

export class AppController implements ReactiveController {
  readonly store: Store = createStore(initialState(preferredLang(navigator.languages), loadBasemapUrl()));
  engine: EngineClient | null = null;
  derived: Derived = { stats: null, plotThemeValues: NO_THEME_VALUES, plotFigures: undefined };
  private selectors: EngineSelectors | null = null;
  private worker: Worker | null = null;
  /** the one connection to the browser's storage, shared by the sketch session and the presets */
  storage: Promise<SketchStore | UnavailableStore> | null = null;
  private unsubscribe: (() => void) | null = null;
  /** the engine's figures while a shape is being drawn, reshaped or moved */
  preview: EditPreview | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get state(): AppState {
    return this.store.getState();
  }

  hostConnected(): void {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'parkzone-engine' });
    const port: EnginePort = this.worker;
    this.engine = createEngineClient(port);
    this.selectors = createEngineSelectors(this.engine);
    this.unsubscribe = this.store.subscribe((state) => {
      this.host.requestUpdate();
      this.refresh(state);
    });
    this.preview = new EditPreview(this.store, this.engine, () => this.host.requestUpdate());
    void loadSample(this.store, this.engine, location.search);
    this.storage = openSketchStore({ onBlocked: () => console.warn('ParkZone: another tab blocks the storage upgrade') });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.preview?.dispose();
    this.preview = null;
    this.engine?.dispose();
    this.engine = null;
    this.worker?.terminate();
    this.worker = null;
    void this.storage?.then((repo) => repo.close());
    this.storage = null;
  }

  /** The zone figures to show: the preview's while a shape is under the cursor, else the committed ones. */
  get shownStats(): ZoneStats | null {
    return this.preview?.stats ?? this.derived.stats;
  }

  /** Asks the selectors for the figures the state needs; late answers for an old state are dropped. */
  private refresh(state: AppState): void {
    const selectors = this.selectors;
    if (selectors === null || state.dataVersion === 0) return;
    const current = (): boolean => this.store.getState().dataVersion === state.dataVersion;
    const settle = (patch: Partial<Derived>): void => {
      this.derived = { ...this.derived, ...patch };
      this.host.requestUpdate();
    };
    const report = (error: unknown): void => console.error('ParkZone: the engine failed', error);
    selectors.zoneStats(state).then((stats) => { if (current()) settle({ stats }); }, report);
    selectors.plotThemeValues(state).then((values) => { if (current()) settle({ plotThemeValues: values }); }, report);
    const selection = state.selection;
    if (selection?.kind !== 'plot') return;
    if (this.derived.plotFigures?.plotId !== selection.id) this.derived = { ...this.derived, plotFigures: undefined };
    selectors.plotFigures(state, selection.id).then((figures) => {
      const now = this.store.getState().selection;
      if (current() && now?.kind === 'plot' && now.id === selection.id) settle({ plotFigures: figures });
    }, report);
  }
}
