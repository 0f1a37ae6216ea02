/**
 * The events Present mode's components send up (issue 7), with their typed details.
 */
export interface PzPresentEventDetails {
  'pz-present-stepped': { step: number };
  'pz-present-exit-requested': Record<string, never>;
  'pz-present-3d-toggled': { on: boolean };
  'pz-present-export-requested': { scale: 1 | 2; all: boolean };
  'pz-present-auto-advance-set': { seconds: number };
  'pz-present-panel-toggled': { open: boolean };
  'pz-scene-add-requested': Record<string, never>;
  'pz-scene-update-requested': { id: string };
  'pz-scene-edited': { id: string; title?: string; caption?: string; headline?: readonly string[] };
  'pz-scene-move-requested': { id: string; toIndex: number };
  'pz-scene-duplicate-requested': { id: string };
  'pz-scene-delete-requested': { id: string };
  'pz-scene-show-requested': { index: number };
}

export type PzPresentEventType = keyof PzPresentEventDetails;

export function emitPresent<T extends PzPresentEventType>(source: EventTarget, type: T, detail: PzPresentEventDetails[T]): void {
  source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'pz-present-stepped': CustomEvent<PzPresentEventDetails['pz-present-stepped']>;
    'pz-present-exit-requested': CustomEvent<PzPresentEventDetails['pz-present-exit-requested']>;
    'pz-present-3d-toggled': CustomEvent<PzPresentEventDetails['pz-present-3d-toggled']>;
    'pz-present-export-requested': CustomEvent<PzPresentEventDetails['pz-present-export-requested']>;
    'pz-present-auto-advance-set': CustomEvent<PzPresentEventDetails['pz-present-auto-advance-set']>;
    'pz-present-panel-toggled': CustomEvent<PzPresentEventDetails['pz-present-panel-toggled']>;
    'pz-scene-add-requested': CustomEvent<PzPresentEventDetails['pz-scene-add-requested']>;
    'pz-scene-update-requested': CustomEvent<PzPresentEventDetails['pz-scene-update-requested']>;
    'pz-scene-edited': CustomEvent<PzPresentEventDetails['pz-scene-edited']>;
    'pz-scene-move-requested': CustomEvent<PzPresentEventDetails['pz-scene-move-requested']>;
    'pz-scene-duplicate-requested': CustomEvent<PzPresentEventDetails['pz-scene-duplicate-requested']>;
    'pz-scene-delete-requested': CustomEvent<PzPresentEventDetails['pz-scene-delete-requested']>;
    'pz-scene-show-requested': CustomEvent<PzPresentEventDetails['pz-scene-show-requested']>;
  }
}
