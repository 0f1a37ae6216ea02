import type { Lang } from '../i18n/locale.ts';
import { DEFAULT_PRESET_ID } from './coreViews.ts';
import { initialEditState } from './editTypes.ts';
import { initialSketchState } from './sketchTypes.ts';
import { initialPresentState } from './presentTypes.ts';
import { initialPresetState } from './presetTypes.ts';
import type { AppState, LayerData } from './types.ts';

const EMPTY_LAYER: LayerData = { version: 0, features: [] };

/** The state before any data has loaded. */
export function initialState(lang: Lang, basemapUrl: string): AppState {
  return {
    lang,
    mode: 'plan',
    theme: 'landUse',
    layers: { districts: true, parks: true, plots: true, labels: true, basemap: basemapUrl !== '' },
    selection: null,
    focus: null,
    data: { districts: EMPTY_LAYER, parks: EMPTY_LAYER, plots: EMPTY_LAYER },
    dataVersion: 0,
    presetId: DEFAULT_PRESET_ID,
    basemapUrl,
    loadStatus: 'loading',
    loadErrorText: '',
    importFlow: null,
    settingsOpen: false,
    edit: initialEditState(),
    sketch: initialSketchState(),
    present: initialPresentState(),
    presets: initialPresetState(),
  };
}
