/**
 * Present mode's side of <pz-app>, as a Lit reactive controller: binds its events, keys and
 * full-screen exit on connect (unbinds on disconnect), and after every update brings the map
 * in step with the state — tilt allowed while presenting, the flight to a scene's camera, the
 * 3D blocks — and runs the auto-advance clock.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapPresenter } from '../map/presentMap.ts';
import type { PzMap } from '../map/pz-map.ts';
import { extrusionDataOf } from '../state/presentExtrusion.ts';
import type { AppController } from './appController.ts';
import type { PresentContext } from './presentContext.ts';
import { bindFullscreenExit } from './presentFullscreen.ts';
import { bindPresentKeys } from './presentKeys.ts';
import { bindPresentEvents, leavePresent } from './presentWiring.ts';

/** The root font while presenting: names on the map and the panels grow with the screen. */
const PRESENT_ROOT_FONT = 'clamp(18px, calc(4px + 2.2vmin), 64px)';

export class PresentController implements ReactiveController {
  readonly context: PresentContext;
  private unbinds: (() => void)[] = [];
  private applied = { presenting: false, seq: 0, extrusion: null as object | null, extrude: false };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerKey = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly app: AppController, private readonly map: () => PzMap | null) {
    host.addController(this);
    this.context = {
      store: app.store,
      presenter: () => this.presenter(),
      themeValues: () => app.derived.plotThemeValues,
      stats: () => app.shownStats,
      settled: async () => {
        await host.updateComplete;
        await this.map()?.updateComplete;
      },
    };
  }

  private presenter(): MapPresenter | null {
    return this.map()?.presenter ?? null;
  }

  hostConnected(): void {
    const { store } = this.app;
    this.unbinds = [bindPresentEvents(this.host, this.context), bindPresentKeys(store, () => leavePresent(this.context)), bindFullscreenExit(store)];
  }

  hostDisconnected(): void {
    for (const unbind of this.unbinds) unbind();
    this.unbinds = [];
    this.clearTimer();
  }

  hostUpdate(): void {
    this.host.toggleAttribute('presenting', this.app.state.mode === 'present');
  }

  hostUpdated(): void {
    const presenter = this.presenter();
    if (presenter === null) return;
    this.syncMode(presenter);
    const flying = this.syncCamera(presenter);
    this.syncExtrusion(presenter, !flying);
    this.syncAutoAdvance();
  }

  private syncMode(presenter: MapPresenter): void {
    const presenting = this.app.state.mode === 'present';
    if (presenting === this.applied.presenting) return;
    this.applied = { ...this.applied, presenting, extrusion: null, extrude: false };
    document.documentElement.style.fontSize = presenting ? PRESENT_ROOT_FONT : '';
    presenter.setPresenting(presenting);
  }

  /** Flies to a newly asked camera; true when it did (the scene's camera then carries the tilt). */
  private syncCamera(presenter: MapPresenter): boolean {
    const request = this.app.state.present.cameraRequest;
    if (request === null || request.seq === this.applied.seq) return false;
    this.applied = { ...this.applied, seq: request.seq };
    if (!this.applied.presenting) return false;
    presenter.goTo(request.camera, request.animate).catch((error: unknown) => console.warn('ParkZone: moving the map failed', error));
    return true;
  }

  /** 3D blocks in step with the state; `mayTilt`: a 3D switched by hand tilts or flattens the view. */
  private syncExtrusion(presenter: MapPresenter, mayTilt: boolean): void {
    const state = this.app.state;
    const on = this.applied.presenting && state.present.extrude && state.layers.plots;
    const data = on ? extrusionDataOf(state.data.plots, state.theme, this.app.derived.plotThemeValues).collection : null;
    if (data === this.applied.extrusion && on === this.applied.extrude) return;
    const tilt = mayTilt && on !== this.applied.extrude && this.applied.presenting;
    this.applied = { ...this.applied, extrusion: data, extrude: on };
    presenter.set3d(data, tilt);
  }

  /** Auto-advance: the next scene after the set time, back to the first after the last. */
  private syncAutoAdvance(): void {
    const { mode, present } = this.app.state;
    const key = `${mode}|${present.autoAdvanceS}|${present.index}|${present.scenes.length}|${present.exporting === null}`;
    if (key === this.timerKey) return;
    this.timerKey = key;
    this.clearTimer();
    if (mode !== 'present' || present.autoAdvanceS <= 0 || present.scenes.length < 2 || present.exporting !== null) return;
    this.timer = setTimeout(() => {
      const { index, scenes } = this.app.state.present;
      this.app.store.dispatch(index >= scenes.length - 1 ? { type: 'present-scene-shown', index: 0 } : { type: 'present-stepped', step: 1 });
    }, present.autoAdvanceS * 1000);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
