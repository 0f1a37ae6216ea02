/**
 * Pure operations on a sketch's presentation scenes (issue 7): add one from the current view,
 * update, reorder, duplicate, delete, and step through them. Every function returns a new list;
 * the input is never modified. Ids are made by the caller, so these stay deterministic.
 */
import type { Scene, SceneCamera } from './sketch.ts';

/** What the map and the panels show right now: the parts of a scene that come from the view. */
export interface SceneView {
  camera: SceneCamera;
  theme: string;
  layers: readonly string[];
  highlight?: string;
  extrude?: boolean;
}

/** A scene that keeps `view`, titled `title`, with an empty caption. */
export function sceneFromView(id: string, title: string, view: SceneView): Scene {
  const scene: Scene = { id, title, caption: '', camera: copyCamera(view.camera), theme: view.theme, layers: [...view.layers] };
  if (view.highlight !== undefined) scene.highlight = view.highlight;
  if (view.extrude !== undefined) scene.extrude = view.extrude;
  return scene;
}

function copyCamera(camera: SceneCamera): SceneCamera {
  return { center: [camera.center[0], camera.center[1]], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
}

/** `scene` inserted after position `afterIndex` (at the end when it is out of range). */
export function addScene(scenes: readonly Scene[], scene: Scene, afterIndex = scenes.length - 1): Scene[] {
  const at = afterIndex >= 0 && afterIndex < scenes.length ? afterIndex + 1 : scenes.length;
  return [...scenes.slice(0, at), scene, ...scenes.slice(at)];
}

/** The fields a planner edits by hand; the id never changes. */
export type ScenePatch = Partial<Omit<Scene, 'id'>>;

/** The scene `id` with `patch` applied; the list unchanged (same object) when there is no such scene. */
export function updateScene(scenes: readonly Scene[], id: string, patch: ScenePatch): readonly Scene[] {
  const index = scenes.findIndex((scene) => scene.id === id);
  const before = scenes[index];
  if (before === undefined) return scenes;
  const after: Scene = { ...before, ...patch, id: before.id };
  if (patch.camera !== undefined) after.camera = copyCamera(patch.camera);
  return scenes.map((scene, i) => (i === index ? after : scene));
}

/** The scene `id` keeps the camera, theme, layers and 3D of `view`; its words stay. */
export function updateSceneFromView(scenes: readonly Scene[], id: string, view: SceneView): readonly Scene[] {
  const patch: ScenePatch = { camera: view.camera, theme: view.theme, layers: [...view.layers] };
  if (view.extrude !== undefined) patch.extrude = view.extrude;
  if (view.highlight !== undefined) patch.highlight = view.highlight;
  return updateScene(scenes, id, patch);
}

/** The scene `id` moved to position `toIndex` (clamped to the list). */
export function moveScene(scenes: readonly Scene[], id: string, toIndex: number): readonly Scene[] {
  const from = scenes.findIndex((scene) => scene.id === id);
  const moving = scenes[from];
  if (moving === undefined) return scenes;
  const rest = scenes.filter((_, i) => i !== from);
  const to = Math.min(Math.max(0, Math.trunc(toIndex)), rest.length);
  if (to === from) return scenes;
  return [...rest.slice(0, to), moving, ...rest.slice(to)];
}

/** A copy of the scene `id` with id `newId` and title `title`, placed right after it. */
export function duplicateScene(scenes: readonly Scene[], id: string, newId: string, title: string): readonly Scene[] {
  const index = scenes.findIndex((scene) => scene.id === id);
  const original = scenes[index];
  if (original === undefined) return scenes;
  const copy: Scene = { ...original, id: newId, title, camera: copyCamera(original.camera), layers: [...original.layers] };
  if (original.headline !== undefined) copy.headline = [...original.headline];
  return addScene(scenes, copy, index);
}

/** The list without the scene `id`. */
export function deleteScene(scenes: readonly Scene[], id: string): readonly Scene[] {
  const index = scenes.findIndex((scene) => scene.id === id);
  return index < 0 ? scenes : scenes.filter((_, i) => i !== index);
}

/**
 * The position after stepping `step` scenes from `current` in a list of `count`: it stops at
 * either end (a clicker pressed once too often does not wrap). -1 when there are no scenes;
 * stepping forward from "no scene yet" (-1) shows the first.
 */
export function steppedSceneIndex(count: number, current: number, step: number): number {
  if (count <= 0) return -1;
  const from = current < 0 ? (step > 0 ? -1 : 0) : Math.min(current, count - 1);
  return Math.min(Math.max(0, from + step), count - 1);
}
