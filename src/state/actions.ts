import type { Lang } from '../i18n/locale.ts';
import { editAfterPlotsReplaced, isEditAction, reduceEdit, type EditAction } from './editActions.ts';
import { isSketchAction, reduceSketch, type SketchAction } from './sketchActions.ts';
import { isPresentAction, reducePresent, type PresentAction } from './presentActions.ts';
import { isPresetAction, reducePreset, type PresetAction } from './presetActions.ts';
import { isCompareAction, reduceCompare, type CompareAction } from './compareActions.ts';
import type { ThemeId } from './themes.ts';
import type { AppState, ImportFlow, LayerKind, LayerToggle, Mode, Selection, SourceFeature } from './types.ts';

/** Every change of the UI state, as data. */
export type Action =
  | { type: 'lang-chosen'; lang: Lang }
  | { type: 'mode-chosen'; mode: Mode }
  | { type: 'theme-chosen'; theme: ThemeId }
  | { type: 'layer-toggled'; layer: LayerToggle; visible: boolean }
  | { type: 'selected'; selection: Selection | null }
  | { type: 'district-focused'; id: string }
  | { type: 'layer-replaced'; kind: LayerKind; features: readonly SourceFeature[]; dataVersion: number }
  | { type: 'basemap-set'; url: string }
  | { type: 'load-failed'; errorText: string }
  | { type: 'load-finished' }
  | { type: 'import-flow-changed'; flow: ImportFlow | null }
  | { type: 'settings-toggled'; open: boolean }
  | EditAction
  | SketchAction
  | PresentAction
  | PresetAction
  | CompareAction;

/** The next state for an action. Pure: the input state is never mutated. */
export function reduce(state: AppState, action: Action): AppState {
  if (isEditAction(action)) return reduceEdit(state, action);
  if (isSketchAction(action)) return reduceSketch(state, action);
  if (isPresentAction(action)) return reducePresent(state, action);
  if (isPresetAction(action)) return reducePreset(state, action);
  if (isCompareAction(action)) return reduceCompare(state, action);
  switch (action.type) {
    case 'lang-chosen':
      return { ...state, lang: action.lang };
    case 'mode-chosen':
      return { ...state, mode: action.mode };
    case 'theme-chosen':
      return { ...state, theme: action.theme };
    case 'layer-toggled':
      return { ...state, layers: { ...state.layers, [action.layer]: action.visible } };
    case 'selected':
      return {
        ...state, selection: action.selection,
        edit: { ...state.edit, selectedPlotIds: action.selection?.kind === 'plot' ? [action.selection.id] : [], mergeOpen: false },
      };
    case 'district-focused':
      return {
        ...state,
        selection: { kind: 'district', id: action.id },
        focus: { kind: 'district', id: action.id, seq: (state.focus?.seq ?? 0) + 1 },
      };
    case 'layer-replaced':
      return replaceLayer(state, action.kind, action.features, action.dataVersion);
    case 'basemap-set':
      return { ...state, basemapUrl: action.url, layers: { ...state.layers, basemap: action.url !== '' } };
    case 'load-failed':
      return { ...state, loadStatus: 'failed', loadErrorText: action.errorText };
    case 'load-finished':
      return { ...state, loadStatus: 'ready' };
    case 'import-flow-changed':
      return { ...state, importFlow: action.flow };
    case 'settings-toggled':
      return { ...state, settingsOpen: action.open };
  }
}

function replaceLayer(
  state: AppState,
  kind: LayerKind,
  features: readonly SourceFeature[],
  dataVersion: number,
): AppState {
  const previous = state.data[kind];
  const selectionGone = state.selection !== null && !selectionStillExists(state, kind, features);
  return {
    ...state,
    data: { ...state.data, [kind]: { version: previous.version + 1, features } },
    dataVersion,
    selection: selectionGone ? null : state.selection,
    edit: kind === 'plots' ? editAfterPlotsReplaced(state.edit) : state.edit,
  };
}

function selectionStillExists(state: AppState, kind: LayerKind, features: readonly SourceFeature[]): boolean {
  const selection = state.selection;
  if (selection === null) return true;
  const selectionKind: LayerKind = selection.kind === 'plot' ? 'plots' : 'districts';
  if (selectionKind !== kind) return true;
  return features.some((feature) => feature.id === selection.id);
}
