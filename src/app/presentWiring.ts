/**
 * Present mode's component events → store actions: stepping, 3D, auto-advance, the scenes
 * panel and the scene operations (a new or updated scene takes the map's current camera), PNG
 * export, entering (with full screen, in the click's gesture) and leaving.
 */
import { sceneFromView, type SceneView } from '../domain/scenes.ts';
import { msg } from '../i18n/locale.ts';
import type { AppState, LayerToggle } from '../state/types.ts';
import type { PresentContext } from './presentContext.ts';
import { exportCurrentView, exportEveryScene } from './presentExport.ts';
import { enterFullscreen, leaveFullscreen } from './presentFullscreen.ts';

type Unbind = () => void;

function on<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): Unbind {
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

/** The view as a scene keeps it: the map's camera, the theme, the visible layers, 3D, the highlight. */
export function currentView(state: AppState, ctx: PresentContext): SceneView | null {
  const camera = ctx.presenter()?.camera();
  if (camera === undefined) return null;
  const layers = (Object.entries(state.layers) as [LayerToggle, boolean][]).filter(([, visible]) => visible).map(([layer]) => layer);
  const view: SceneView = { camera, theme: state.theme, layers, extrude: state.present.extrude };
  if (state.selection !== null) view.highlight = state.selection.id;
  return view;
}

function newId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `scene-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Leaves Present mode and full screen. */
export function leavePresent(ctx: PresentContext): void {
  leaveFullscreen(ctx.store);
  ctx.store.dispatch({ type: 'mode-chosen', mode: 'plan' });
}

function report(error: unknown): void {
  console.warn('ParkZone: exporting the image failed', error);
}

function bindScenes(host: HTMLElement, ctx: PresentContext): Unbind[] {
  const { store } = ctx;
  const state = (): AppState => store.getState();
  return [
    on(host, 'pz-scene-add-requested', () => {
      const view = currentView(state(), ctx);
      const title = msg(state().lang, 'scene.defaultTitle', { n: state().present.scenes.length + 1 });
      if (view !== null) store.dispatch({ type: 'present-scene-added', scene: sceneFromView(newId(), title, view) });
    }),
    on(host, 'pz-scene-update-requested', (e) => {
      const view = currentView(state(), ctx);
      if (view === null) return;
      const patch = { camera: view.camera, theme: view.theme, layers: view.layers, extrude: view.extrude ?? false };
      store.dispatch({ type: 'present-scene-updated', id: e.detail.id, patch: view.highlight === undefined ? patch : { ...patch, highlight: view.highlight } });
    }),
    on(host, 'pz-scene-edited', (e) => {
      const { id, title, caption, headline } = e.detail;
      const patch = { ...(title === undefined ? {} : { title }), ...(caption === undefined ? {} : { caption }), ...(headline === undefined ? {} : { headline }) };
      store.dispatch({ type: 'present-scene-updated', id, patch });
    }),
    on(host, 'pz-scene-move-requested', (e) => store.dispatch({ type: 'present-scene-moved', id: e.detail.id, toIndex: e.detail.toIndex })),
    on(host, 'pz-scene-duplicate-requested', (e) => {
      const original = state().present.scenes.find((s) => s.id === e.detail.id);
      const title = msg(state().lang, 'scene.copyTitle', { title: original?.title ?? '' });
      store.dispatch({ type: 'present-scene-duplicated', id: e.detail.id, newId: newId(), title });
    }),
    on(host, 'pz-scene-delete-requested', (e) => store.dispatch({ type: 'present-scene-deleted', id: e.detail.id })),
    on(host, 'pz-scene-show-requested', (e) => store.dispatch({ type: 'present-scene-shown', index: e.detail.index })),
  ];
}

export function bindPresentEvents(host: HTMLElement, ctx: PresentContext): Unbind {
  const { store } = ctx;
  const unbinds = [
    ...bindScenes(host, ctx),
    on(host, 'pz-mode-chosen', (e) => {
      if (e.detail.mode === 'present') enterFullscreen(store);
      else if (store.getState().present.fullscreen !== 'off') leaveFullscreen(store);
    }),
    on(host, 'pz-present-stepped', (e) => store.dispatch({ type: 'present-stepped', step: e.detail.step })),
    on(host, 'pz-present-exit-requested', () => leavePresent(ctx)),
    on(host, 'pz-present-3d-toggled', (e) => store.dispatch({ type: 'present-3d-toggled', on: e.detail.on })),
    on(host, 'pz-present-auto-advance-set', (e) => store.dispatch({ type: 'present-auto-advance-set', seconds: e.detail.seconds })),
    on(host, 'pz-present-panel-toggled', (e) => store.dispatch({ type: 'present-panel-toggled', open: e.detail.open })),
    on(host, 'pz-present-export-requested', (e) => {
      const task = e.detail.all ? exportEveryScene(ctx, e.detail.scale) : exportCurrentView(ctx, e.detail.scale);
      task.catch(report);
    }),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
