/**
 * Review mode's threshold presets in the UI state: the user's own presets (stored with the
 * user's data), the open editor, and the overlay switches of the review map.
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { OverlayParams } from './presetProtocol.ts';

/** The preset editor: editing a user preset (`editingId`) or a new one (null). */
export interface PresetEditor {
  editingId: string | null;
  /** the preset the form starts from */
  from: ThresholdPreset;
}

export interface ReviewOverlayState {
  hulls: boolean;
  hex: boolean;
  params: OverlayParams;
}

export interface PresetState {
  userPresets: readonly ThresholdPreset[];
  editor: PresetEditor | null;
  /** a storage failure while saving presets, in both languages; '' when none */
  saveErrorEn: string;
  saveErrorZh: string;
  overlay: ReviewOverlayState;
}

export function initialPresetState(): PresetState {
  return {
    userPresets: [],
    editor: null,
    saveErrorEn: '',
    saveErrorZh: '',
    overlay: { hulls: false, hex: false, params: { epsM: 300, minPts: 3, cellSizeM: 250 } },
  };
}
