/**
 * Actions of the threshold presets and the review overlays, and their reducer.
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { initialPresetState, type PresetEditor, type PresetState, type ReviewOverlayState } from './presetTypes.ts';
import type { AppState } from './types.ts';

export type PresetAction =
  | { type: 'preset-chosen'; presetId: string }
  | { type: 'presets-stored'; presets: readonly ThresholdPreset[] }
  | { type: 'preset-editor-set'; editor: PresetEditor | null }
  | { type: 'preset-save-failed'; reasonEn: string; reasonZh: string }
  | { type: 'overlay-changed'; overlay: ReviewOverlayState };

const TYPES: ReadonlySet<string> = new Set(['preset-chosen', 'presets-stored', 'preset-editor-set', 'preset-save-failed', 'overlay-changed']);

export function isPresetAction(action: { type: string }): action is PresetAction {
  return TYPES.has(action.type);
}

export function reducePreset(state: AppState, action: PresetAction): AppState {
  const presets = presetsOf(state);
  switch (action.type) {
    case 'preset-chosen':
      return { ...state, presetId: action.presetId };
    case 'presets-stored':
      return { ...state, presets: { ...presets, userPresets: action.presets, saveErrorEn: '', saveErrorZh: '' } };
    case 'preset-editor-set':
      return { ...state, presets: { ...presets, editor: action.editor } };
    case 'preset-save-failed':
      return { ...state, presets: { ...presets, saveErrorEn: action.reasonEn, saveErrorZh: action.reasonZh } };
    case 'overlay-changed':
      return { ...state, presets: { ...presets, overlay: action.overlay } };
  }
}

/** The preset state (absent in states built before it existed, e.g. by older tests). */
export function presetsOf(state: AppState): PresetState {
  return state.presets ?? FALLBACK;
}

const FALLBACK = initialPresetState();
