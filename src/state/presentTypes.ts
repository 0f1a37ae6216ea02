/**
 * The Present-mode part of the UI state (issue 7): the open sketch's scenes, which one is shown,
 * the camera the map is asked to fly to, 3D, auto-advance, full screen and the scenes panel.
 * The scenes are the sketch's; the composition root loads them when a sketch opens and saves
 * them with it.
 */
import type { Scene, SceneCamera } from '../domain/sketch.ts';

/** A request for the map to move; `seq` makes a repeated request for the same camera new. */
export interface CameraRequest {
  camera: SceneCamera;
  seq: number;
  /** fly there (true) or jump (false, e.g. while exporting every scene) */
  animate: boolean;
}

/** `on`: the browser gave full screen; `refused`: it did not, the page fills the window instead. */
export type FullscreenStatus = 'off' | 'on' | 'refused';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface PresentState {
  scenes: readonly Scene[];
  /** position of the scene shown; -1 before the first */
  index: number;
  cameraRequest: CameraRequest | null;
  /** plots drawn as 3D blocks (with pitch) */
  extrude: boolean;
  /** seconds between scenes when advancing by itself; 0 = off */
  autoAdvanceS: number;
  fullscreen: FullscreenStatus;
  panelOpen: boolean;
  exporting: ExportProgress | null;
}

export const AUTO_ADVANCE_CHOICES_S: readonly number[] = [0, 10, 20, 30, 60];

export function initialPresentState(): PresentState {
  return { scenes: [], index: -1, cameraRequest: null, extrude: false, autoAdvanceS: 0, fullscreen: 'off', panelOpen: false, exporting: null };
}
