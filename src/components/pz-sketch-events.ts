/**
 * The events the sketch components send up, with their typed details.
 */
import type { SketchPanel } from '../state/sketchTypes.ts';

export interface PzSketchEventDetails {
  'pz-sketch-panel-requested': { panel: SketchPanel };
  'pz-sketch-save-requested': Record<string, never>;
  'pz-sketch-export-requested': Record<string, never>;
  'pz-sketch-import-chosen': { file: File };
  'pz-sketch-open-requested': { id: string };
  'pz-sketch-new-requested': Record<string, never>;
  'pz-sketch-duplicate-requested': { id: string };
  'pz-sketch-rename-requested': { id: string; name: string };
  'pz-sketch-delete-requested': { id: string };
  'pz-sketch-restore-requested': { id: string };
  'pz-sketch-version-restore-requested': { versionId: string };
  'pz-sketch-conflict-resolved': { keep: 'theirs' | 'mine' };
  'pz-sketch-retry-requested': Record<string, never>;
  'pz-sketch-tip-dismissed': Record<string, never>;
  'pz-sketch-undo-delete-dismissed': Record<string, never>;
}

export type PzSketchEventType = keyof PzSketchEventDetails;

export function emitSketch<T extends PzSketchEventType>(source: EventTarget, type: T, detail: PzSketchEventDetails[T]): void {
  source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'pz-sketch-panel-requested': CustomEvent<PzSketchEventDetails['pz-sketch-panel-requested']>;
    'pz-sketch-save-requested': CustomEvent<PzSketchEventDetails['pz-sketch-save-requested']>;
    'pz-sketch-export-requested': CustomEvent<PzSketchEventDetails['pz-sketch-export-requested']>;
    'pz-sketch-import-chosen': CustomEvent<PzSketchEventDetails['pz-sketch-import-chosen']>;
    'pz-sketch-open-requested': CustomEvent<PzSketchEventDetails['pz-sketch-open-requested']>;
    'pz-sketch-new-requested': CustomEvent<PzSketchEventDetails['pz-sketch-new-requested']>;
    'pz-sketch-duplicate-requested': CustomEvent<PzSketchEventDetails['pz-sketch-duplicate-requested']>;
    'pz-sketch-rename-requested': CustomEvent<PzSketchEventDetails['pz-sketch-rename-requested']>;
    'pz-sketch-delete-requested': CustomEvent<PzSketchEventDetails['pz-sketch-delete-requested']>;
    'pz-sketch-restore-requested': CustomEvent<PzSketchEventDetails['pz-sketch-restore-requested']>;
    'pz-sketch-version-restore-requested': CustomEvent<PzSketchEventDetails['pz-sketch-version-restore-requested']>;
    'pz-sketch-conflict-resolved': CustomEvent<PzSketchEventDetails['pz-sketch-conflict-resolved']>;
    'pz-sketch-retry-requested': CustomEvent<PzSketchEventDetails['pz-sketch-retry-requested']>;
    'pz-sketch-tip-dismissed': CustomEvent<PzSketchEventDetails['pz-sketch-tip-dismissed']>;
    'pz-sketch-undo-delete-dismissed': CustomEvent<PzSketchEventDetails['pz-sketch-undo-delete-dismissed']>;
  }
}
