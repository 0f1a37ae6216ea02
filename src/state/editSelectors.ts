/**
 * Views of the edit state for the map and the panels, memoised on what they read so that an
 * unchanged input hands back the very same object (the map then re-sends nothing).
 */
import { canRedo, canUndo } from '../domain/history.ts';
import type { Areal } from '../domain/geometry.ts';
import type { EditTool } from './editTypes.ts';
import type { AppState, SourceFeature } from './types.ts';

export interface EditMapProps {
  tool: EditTool | null;
  snapEnabled: boolean;
  selectedPlotIds: readonly string[];
  vertexTarget: { id: string; geometry: Areal } | null;
}

let last: { key: readonly unknown[]; value: EditMapProps } | null = null;

function target(state: AppState): SourceFeature | null {
  const ids = state.edit.selectedPlotIds;
  if (state.edit.tool !== 'vertices' || ids.length !== 1) return null;
  return state.data.plots.features.find((f) => f.id === ids[0]) ?? null;
}

/** What the map's editing tools are handed; tools are off outside Plan mode. */
export function editMapPropsOf(state: AppState): EditMapProps {
  const { tool, snapEnabled, selectedPlotIds } = state.edit;
  const feature = target(state);
  const key = [state.mode, tool, snapEnabled, selectedPlotIds, feature];
  if (last !== null && key.every((k, i) => k === last?.key[i])) return last.value;
  const value: EditMapProps = {
    tool: state.mode === 'plan' ? tool : null, snapEnabled, selectedPlotIds,
    vertexTarget: feature === null ? null : { id: feature.id, geometry: feature.geometry },
  };
  last = { key, value };
  return value;
}

export function undoRedoOf(state: AppState): { canUndo: boolean; canRedo: boolean } {
  return { canUndo: canUndo(state.edit.history), canRedo: canRedo(state.edit.history) };
}

let lastPicked: { plots: unknown; ids: readonly string[]; value: SourceFeature[] } | null = null;

/** The picked plots' features, in picking order; the same array while plots and picking stay. */
export function pickedFeaturesOf(state: AppState): SourceFeature[] {
  const plots = state.data.plots;
  const ids = state.edit.selectedPlotIds;
  if (lastPicked?.plots === plots && lastPicked.ids === ids) return lastPicked.value;
  const wanted = new Set(ids);
  const byId = new Map(plots.features.filter((f) => wanted.has(f.id)).map((f) => [f.id, f]));
  const value = ids.flatMap((id) => byId.get(id) ?? []);
  lastPicked = { plots, ids, value };
  return value;
}
