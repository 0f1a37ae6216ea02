/** Deleting plots: the change removes them; its inverse adds them back exactly as they were. */
import type { PlotChangeSet } from '../changeSet.ts';
import type { Plot } from '../plot.ts';

/** The change that deletes the plots (each id once). */
export function deletePlots(plots: readonly Plot[]): PlotChangeSet {
  const seen = new Set<string>();
  const removed = plots.filter((plot) => !seen.has(plot.id) && seen.add(plot.id) !== undefined);
  return { added: [], removed, changed: [] };
}
