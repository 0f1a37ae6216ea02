/**
 * The provisional plots the engine previews while the planner draws, reshapes or moves: the
 * district and park totals in the panel then follow the shape under the cursor. Memoised on
 * the draft, so one draft is sent once.
 */
import { moveGeometry } from '../domain/edit/move.ts';
import type { Areal } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import type { AppState, SourceFeature } from './types.ts';
import type { DraftShape } from './editTypes.ts';

/** The id the plot being drawn has in the engine's preview; no file can hold it. */
export const DRAFT_PLOT_ID = '\u0000draft';

function hasThreeCorners(geometry: Areal): boolean {
  const ring = polygonsOf(geometry)[0]?.[0] ?? [];
  return new Set(ring.map((p) => `${p[0]},${p[1]}`)).size >= 3;
}

function build(state: AppState, draft: DraftShape): SourceFeature[] {
  const { geometry, plotIds, moveDelta } = draft;
  if (geometry.type === 'LineString') return [];
  const wanted = new Set(plotIds);
  const plots = state.data.plots.features.filter((f) => wanted.has(f.id));
  if (draft.tool === 'move' && moveDelta !== null) {
    return plots.map((f) => ({ ...f, geometry: moveGeometry(f.geometry, moveDelta) }));
  }
  if (!hasThreeCorners(geometry)) return [];
  if (draft.tool === 'vertices' && plots[0] !== undefined) return [{ ...plots[0], geometry }];
  return [{ index: -1, id: DRAFT_PLOT_ID, geometry, properties: {} }];
}

let last: { draft: DraftShape; features: SourceFeature[] } | null = null;

export function previewFeaturesOf(state: AppState): SourceFeature[] {
  const draft = state.edit.draft;
  if (draft === null) return [];
  if (last?.draft !== draft) last = { draft, features: build(state, draft) };
  return last.features;
}
