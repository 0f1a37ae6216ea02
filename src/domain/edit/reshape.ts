/** A plot given a new outline (vertex edits, trimming): the change from the old shape to the new. */
import type { PlotChangeSet } from '../changeSet.ts';
import type { Areal } from '../geometry.ts';
import type { Plot } from '../plot.ts';
import { plotWithGeometry } from './plotCopy.ts';

export function reshapePlot(plot: Plot, geometry: Areal): PlotChangeSet {
  if (geometry === plot.geometry) return { added: [], removed: [], changed: [] };
  return { added: [], removed: [], changed: [{ before: plot, after: plotWithGeometry(plot, geometry) }] };
}
