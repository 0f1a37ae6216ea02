/**
 * Present-mode actions and their reducer. Pure: the input state is never mutated. Showing a
 * scene sets what it keeps — theme, visible layers, 3D, highlighted area — and asks the map to
 * fly to its camera.
 */
import {
  addScene, deleteScene, duplicateScene, moveScene, steppedSceneIndex, updateScene, type ScenePatch,
} from '../domain/scenes.ts';
import type { Scene } from '../domain/sketch.ts';
import type { ExportProgress, FullscreenStatus } from './presentTypes.ts';
import { isThemeId } from './themes.ts';
import type { AppState, LayerToggle, Selection } from './types.ts';

export type PresentAction =
  | { type: 'present-scenes-loaded'; scenes: readonly Scene[] }
  | { type: 'present-scene-added'; scene: Scene }
  | { type: 'present-scene-updated'; id: string; patch: ScenePatch }
  | { type: 'present-scene-moved'; id: string; toIndex: number }
  | { type: 'present-scene-duplicated'; id: string; newId: string; title: string }
  | { type: 'present-scene-deleted'; id: string }
  | { type: 'present-scene-shown'; index: number; animate?: boolean }
  | { type: 'present-stepped'; step: number }
  | { type: 'present-3d-toggled'; on: boolean }
  | { type: 'present-auto-advance-set'; seconds: number }
  | { type: 'present-fullscreen-changed'; status: FullscreenStatus }
  | { type: 'present-panel-toggled'; open: boolean }
  | { type: 'present-export-progress'; progress: ExportProgress | null };

const PRESENT_ACTION_TYPES: ReadonlySet<string> = new Set<PresentAction['type']>([
  'present-scenes-loaded', 'present-scene-added', 'present-scene-updated', 'present-scene-moved', 'present-scene-duplicated',
  'present-scene-deleted', 'present-scene-shown', 'present-stepped', 'present-3d-toggled', 'present-auto-advance-set',
  'present-fullscreen-changed', 'present-panel-toggled', 'present-export-progress',
]);

export function isPresentAction(action: { type: string }): action is PresentAction {
  return PRESENT_ACTION_TYPES.has(action.type);
}

const TOGGLES: readonly LayerToggle[] = ['districts', 'parks', 'plots', 'labels', 'basemap'];

function selectionOf(state: AppState, id: string | undefined): Selection | null {
  if (id === undefined) return null;
  if (state.data.districts.features.some((f) => f.id === id)) return { kind: 'district', id };
  if (state.data.plots.features.some((f) => f.id === id)) return { kind: 'plot', id };
  return null;
}

/** The state showing the scene at `index`: its theme, layers, 3D and highlight, and a flight to its camera. */
function showScene(state: AppState, index: number, animate: boolean): AppState {
  const present = state.present;
  const scene = present.scenes[index];
  if (scene === undefined) return state;
  const layers = Object.fromEntries(TOGGLES.map((t) => [t, t === 'basemap' && state.basemapUrl === '' ? false : scene.layers.includes(t)])) as Record<LayerToggle, boolean>;
  const seq = (present.cameraRequest?.seq ?? 0) + 1;
  return {
    ...state,
    theme: isThemeId(scene.theme) ? scene.theme : state.theme,
    layers,
    selection: selectionOf(state, scene.highlight),
    present: { ...present, index, extrude: scene.extrude === true, cameraRequest: { camera: scene.camera, seq, animate } },
  };
}

function withScenes(state: AppState, scenes: readonly Scene[]): AppState {
  if (scenes === state.present.scenes) return state;
  const index = Math.min(state.present.index, scenes.length - 1);
  return { ...state, present: { ...state.present, scenes, index } };
}

export function reducePresent(state: AppState, action: PresentAction): AppState {
  const present = state.present;
  const scenes = present.scenes;
  switch (action.type) {
    case 'present-scenes-loaded':
      return { ...state, present: { ...present, scenes: action.scenes, index: -1 } };
    case 'present-scene-added': {
      const next = addScene(scenes, action.scene, present.index);
      return { ...state, present: { ...present, scenes: next, index: next.indexOf(action.scene) } };
    }
    case 'present-scene-updated':
      return withScenes(state, updateScene(scenes, action.id, action.patch));
    case 'present-scene-moved': {
      const shownId = scenes[present.index]?.id;
      const next = moveScene(scenes, action.id, action.toIndex);
      return { ...state, present: { ...present, scenes: next, index: next.findIndex((s) => s.id === shownId) } };
    }
    case 'present-scene-duplicated':
      return withScenes(state, duplicateScene(scenes, action.id, action.newId, action.title));
    case 'present-scene-deleted':
      return withScenes(state, deleteScene(scenes, action.id));
    case 'present-scene-shown':
      return showScene(state, action.index, action.animate ?? true);
    case 'present-stepped': {
      const index = steppedSceneIndex(scenes.length, present.index, action.step);
      return index === present.index || index < 0 ? state : showScene(state, index, true);
    }
    case 'present-3d-toggled':
      return toggle3d(state, action.on);
    case 'present-auto-advance-set':
      return { ...state, present: { ...present, autoAdvanceS: Math.max(0, action.seconds) } };
    case 'present-fullscreen-changed':
      return { ...state, present: { ...present, fullscreen: action.status } };
    case 'present-panel-toggled':
      return { ...state, present: { ...present, panelOpen: action.open } };
    case 'present-export-progress':
      return { ...state, present: { ...present, exporting: action.progress } };
  }
}

/** 3D on or off for the view, and for the scene shown (3D is kept per scene). */
function toggle3d(state: AppState, on: boolean): AppState {
  const present = state.present;
  const shown = present.scenes[present.index];
  const scenes = shown === undefined ? present.scenes : updateScene(present.scenes, shown.id, { extrude: on });
  return { ...state, present: { ...present, extrude: on, scenes } };
}
