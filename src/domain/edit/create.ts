/**
 * A new plot drawn by the planner: a unique code following the zone's pattern (or the one the
 * planner typed), the initial property bag (the code is written into it as `id`, as the zone's
 * files keep it), and the change that adds it.
 */
import type { PlotChangeSet } from '../changeSet.ts';
import type { Areal } from '../geometry.ts';
import type { Plot } from '../plot.ts';
import { makePlot, withProperty } from './plotCopy.ts';
import { nextPlotId } from './plotIds.ts';
import type { EditRefusal } from './refusal.ts';
import { refuse } from './refusal.ts';

export interface CreatePlotOptions {
  /** the code to use; generated from the zone's pattern when absent */
  id?: string;
  /** a neighbour's code, so that the new code continues its block (see nextPlotId) */
  hint?: string;
  /** initial properties (land use, status, …); any `id` key among them is replaced */
  properties?: Readonly<Record<string, unknown>>;
}

export type CreatePlotResult = { ok: true; change: PlotChangeSet; plot: Plot } | EditRefusal;

export function createPlot(geometry: Areal, existingIds: Iterable<string>, options: CreatePlotOptions = {}): CreatePlotResult {
  const taken = new Set(existingIds);
  const id = options.id === undefined ? nextPlotId(taken, options.hint) : options.id.trim();
  if (id === '') return refuse('id-empty');
  if (taken.has(id)) return refuse('id-taken', id);
  const plot = makePlot(id, geometry, withProperty(options.properties ?? {}, 'id', id));
  return { ok: true, change: { added: [plot], removed: [], changed: [] }, plot };
}
