/**
 * Edits as operations on the model: each planner's action calls a pure core operation, which
 * returns a change set (or a refusal with its reason); the change goes into the store (undoable)
 * and then into the engine worker plot by plot, whose new data version the store then takes.
 */
import type { PlotChangeSet } from '../domain/changeSet.ts';
import { isEmptyChangeSet } from '../domain/changeSet.ts';
import { createPlot } from '../domain/edit/create.ts';
import { deletePlots } from '../domain/edit/delete.ts';
import { movePlots } from '../domain/edit/move.ts';
import { refuse } from '../domain/edit/refusal.ts';
import { reshapePlot } from '../domain/edit/reshape.ts';
import type { Areal, Position } from '../domain/geometry.ts';
import { redo, undo } from '../domain/history.ts';
import { mergePlots } from '../geo/edit/merge.ts';
import { splitPlot } from '../geo/edit/split.ts';
import { trimToFreeLand } from '../geo/edit/trim.ts';
import type { EngineClient } from '../state/engineClient.ts';
import { checkShape, nearestPlotId, plotsNear } from '../state/editChecks.ts';
import { engineEditOf, plotsWithIds } from '../state/editPlots.ts';
import type { Store } from '../state/store.ts';
import { arealBBox } from '../geo/bbox.ts';
import { msg } from '../i18n/locale.ts';

export interface EditDeps {
  store: Store;
  engine: EngineClient | null;
}

interface Reason {
  messageZh: string;
  messageEn: string;
}

function refused(deps: EditDeps, reason: Reason): void {
  deps.store.dispatch({ type: 'edit-refused', notice: { level: 'refused', messageZh: reason.messageZh, messageEn: reason.messageEn } });
}

function syncEngine(deps: EditDeps, change: PlotChangeSet): void {
  const { engine, store } = deps;
  if (engine === null) return;
  engine.request({ op: 'applyEdit', ...engineEditOf(change) }).then(
    ({ dataVersion }) => store.dispatch({ type: 'engine-synced', dataVersion }),
    (error: unknown) => console.error('ParkZone: the engine did not take the edit', error),
  );
}

/** Applies a change (undoable) and tells the engine. */
export function commit(deps: EditDeps, label: string, change: PlotChangeSet): void {
  if (isEmptyChangeSet(change)) return;
  deps.store.dispatch({ type: 'edit-applied', label, change });
  syncEngine(deps, change);
}

export function undoEdit(deps: EditDeps): void {
  const step = undo(deps.store.getState().edit.history);
  if (step === null) return;
  deps.store.dispatch({ type: 'edit-undone' });
  syncEngine(deps, step.change);
}

export function redoEdit(deps: EditDeps): void {
  const step = redo(deps.store.getState().edit.history);
  if (step === null) return;
  deps.store.dispatch({ type: 'edit-redone' });
  syncEngine(deps, step.change);
}

function picked(deps: EditDeps): ReturnType<typeof plotsWithIds> {
  const state = deps.store.getState();
  return plotsWithIds(state.data.plots, state.edit.selectedPlotIds);
}

/** A new plot from a closed polygon or rectangle; a self-intersecting outline is refused. */
export function drawPlot(deps: EditDeps, geometry: Areal): void {
  const state = deps.store.getState();
  if (checkShape(state, geometry).selfIntersection) return refused(deps, refuse('self-intersection'));
  const neighbour = nearestPlotId(state.data.plots, geometry);
  const result = createPlot(geometry, state.data.plots.features.map((f) => f.id), neighbour === undefined ? {} : { hint: neighbour });
  if (!result.ok) return refused(deps, result);
  commit(deps, 'draw', result.change);
}

/** A plot's new outline from the vertex editor; a self-intersecting outline is refused. */
export function reshape(deps: EditDeps, plotId: string, geometry: Areal): void {
  const state = deps.store.getState();
  const [plot] = plotsWithIds(state.data.plots, [plotId]);
  if (plot === undefined) return;
  if (checkShape(state, geometry, [plotId]).selfIntersection) return refused(deps, refuse('self-intersection'));
  commit(deps, 'reshape', reshapePlot(plot, geometry));
}

/** Splits the one picked plot along the drawn line. */
export function splitPicked(deps: EditDeps, line: readonly Position[]): void {
  const plots = picked(deps);
  const [plot] = plots;
  if (plot === undefined || plots.length !== 1) return refused(deps, NEED_ONE_PLOT);
  const existingIds = deps.store.getState().data.plots.features.map((f) => f.id);
  const result = splitPlot(plot, line, { existingIds });
  if (!result.ok) return refused(deps, result);
  commit(deps, 'split', result.change);
}

/** Merges the picked plots into one that keeps the attributes of `keepAttributesOf`. */
export function mergePicked(deps: EditDeps, keepAttributesOf: string): void {
  const result = mergePlots(picked(deps), keepAttributesOf);
  if (!result.ok) return refused(deps, result);
  commit(deps, 'merge', result.change);
}

export function deletePicked(deps: EditDeps): void {
  commit(deps, 'delete', deletePlots(picked(deps)));
}

export function movePlotsBy(deps: EditDeps, plotIds: readonly string[], delta: [number, number]): void {
  const state = deps.store.getState();
  commit(deps, 'move', movePlots(plotsWithIds(state.data.plots, plotIds), delta));
}

/** Cuts a plot back to the land no other plot covers. */
export function trimPlot(deps: EditDeps, plotId: string): void {
  const state = deps.store.getState();
  const [plot] = plotsWithIds(state.data.plots, [plotId]);
  if (plot === undefined) return;
  const others = plotsWithIds(state.data.plots, plotsNear(state.data.plots, arealBBox(plot.geometry), [plotId]).map((p) => p.id));
  const result = trimToFreeLand(plot, others);
  if (!result.ok) return refused(deps, result);
  commit(deps, 'trim', result.change);
}

const NEED_ONE_PLOT: Reason = { messageZh: msg('zh', 'edit.needOnePlot'), messageEn: msg('en', 'edit.needOnePlot') };
