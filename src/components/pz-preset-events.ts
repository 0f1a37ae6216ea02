/**
 * The events the preset and review-overlay components send up, with their typed details.
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { ReviewOverlayState } from '../state/presetTypes.ts';

export interface PzPresetEventDetails {
  'pz-preset-chosen': { presetId: string };
  /** open the editor: on a copy of `fromId` (new preset) or on the user preset itself */
  'pz-preset-edit-requested': { fromId: string; copy: boolean };
  'pz-preset-saved': { preset: ThresholdPreset; replacingId: string | null };
  'pz-preset-deleted': { presetId: string };
  'pz-preset-editor-closed': Record<string, never>;
  'pz-overlay-changed': { overlay: ReviewOverlayState };
}

export type PzPresetEventType = keyof PzPresetEventDetails;

export function emitPreset<T extends PzPresetEventType>(source: EventTarget, type: T, detail: PzPresetEventDetails[T]): void {
  source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'pz-preset-chosen': CustomEvent<PzPresetEventDetails['pz-preset-chosen']>;
    'pz-preset-edit-requested': CustomEvent<PzPresetEventDetails['pz-preset-edit-requested']>;
    'pz-preset-saved': CustomEvent<PzPresetEventDetails['pz-preset-saved']>;
    'pz-preset-deleted': CustomEvent<PzPresetEventDetails['pz-preset-deleted']>;
    'pz-preset-editor-closed': CustomEvent<PzPresetEventDetails['pz-preset-editor-closed']>;
    'pz-overlay-changed': CustomEvent<PzPresetEventDetails['pz-overlay-changed']>;
  }
}
