import type { Lang } from '../i18n/locale.ts';
import type { Areal } from '../domain/geometry.ts';
import type { ThemeId } from './themes.ts';
import type { ImportReport } from './engineProtocol.ts';
import type { EditState } from './editTypes.ts';
import type { SketchState } from './sketchTypes.ts';
import type { PresentState } from './presentTypes.ts';
import type { PresetState } from './presetTypes.ts';
import type { CompareState } from './compareTypes.ts';

/** The three kinds of file a user can open. */
export type LayerKind = 'districts' | 'parks' | 'plots';
export const LAYER_KINDS: readonly LayerKind[] = ['districts', 'parks', 'plots'];

/** The values a plot is coloured by on the map, as the core's parser reads them. */
export interface PlotThemeKeys {
  /** a known land-use code, or '' */
  landUse: string;
  status: string;
  industry: string;
}

/** One feature as the validator accepted it: its index in the file, its id and its property bag. */
export interface SourceFeature {
  index: number;
  id: string;
  geometry: Areal;
  properties: Readonly<Record<string, unknown>>;
  /** plots only: the theme keys, read once in the engine worker so the page does not parse 10 000 plots */
  themeKeys?: PlotThemeKeys;
}

/** The features of one layer, with a version that changes whenever they are replaced. */
export interface LayerData {
  version: number;
  features: readonly SourceFeature[];
}

export type Mode = 'plan' | 'review' | 'present';

/** Map layers the user can switch on and off. */
export type LayerToggle = 'districts' | 'parks' | 'plots' | 'labels' | 'basemap';

export type Selection =
  | { kind: 'plot'; id: string }
  | { kind: 'district'; id: string };

/** A request to move the map to an area; `seq` makes a repeated request for the same area new. */
export interface FocusRequest {
  kind: 'district';
  id: string;
  seq: number;
}

/** Where the user is in opening a file: choose, check, read the report, confirm. */
export type ImportFlow =
  | { step: 'choosing'; kind: LayerKind }
  | { step: 'checking'; kind: LayerKind; fileName: string; file: File }
  | { step: 'report'; kind: LayerKind; fileName: string; file: File; importId: number; report: ImportReport }
  | { step: 'failed'; kind: LayerKind; fileName: string; file: File; errorText: string }
  | { step: 'done'; kind: LayerKind; fileName: string; featureCount: number };

/** The whole UI state: source data and choices. Derived numbers live in selectors, not here. */
export interface AppState {
  lang: Lang;
  mode: Mode;
  theme: ThemeId;
  layers: Readonly<Record<LayerToggle, boolean>>;
  selection: Selection | null;
  focus: FocusRequest | null;
  data: Readonly<Record<LayerKind, LayerData>>;
  /** version of the engine's data; selectors key their caches on it */
  dataVersion: number;
  presetId: string;
  basemapUrl: string;
  loadStatus: 'loading' | 'ready' | 'failed';
  loadErrorText: string;
  importFlow: ImportFlow | null;
  settingsOpen: boolean;
  /** Plan mode's editing: tool, picked plots, undo history (editTypes.ts) */
  edit: EditState;
  /** the open sketch, its save state and the sketch dialogs (sketchTypes.ts) */
  sketch: SketchState;
  /** Present mode: the open sketch's scenes, the one shown, 3D, full screen (presentTypes.ts) */
  present: PresentState;
  /** Review mode: the user's threshold presets, the preset editor, the overlays (presetTypes.ts) */
  presets?: PresetState;
  /** Review mode: the plot sets compared and the area listed (compareTypes.ts) */
  compare?: CompareState;
}
