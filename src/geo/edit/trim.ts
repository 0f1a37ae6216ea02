/**
 * Trimming a plot to the free land: the plot minus every other plot whose interior it overlaps
 * (a new or edited plot that overlaps others is flagged, and one click trims it). Candidates
 * come from a bbox R-tree of the other plots (built once per list, plotBoxes.ts), then the exact
 * overlap test of the validator; the difference is one polygon-clipping call. Parts of the
 * result smaller than `minPartAreaM2` (default 0.1 m²: a 100 m long, 1 mm wide sliver left
 * where two outlines nearly coincide) are dropped. The plot keeps its id and properties; the
 * result may be a MultiPolygon when the others cut it apart. The other plots' rings are taken to
 * follow the right-hand rule, as imported and edited plots do.
 */
import type { PlotChangeSet } from '../../domain/changeSet.ts';
import { plotWithGeometry } from '../../domain/edit/plotCopy.ts';
import type { EditRefusal } from '../../domain/edit/refusal.ts';
import { refuse } from '../../domain/edit/refusal.ts';
import type { Areal } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import type { Plot } from '../../domain/plot.ts';
import { polygonAreaM2 } from '../area.ts';
import { arealBBox } from '../bbox.ts';
import { arealsOverlap } from '../validate/index.ts';
import { differencePolygons } from './booleanOps.ts';
import { arealOf, rightHanded } from './planar.ts';
import { boxIndexOf } from './plotBoxes.ts';

export const DEFAULT_MIN_PART_AREA_M2 = 0.1;

export interface TrimOptions {
  /** parts of the result smaller than this are dropped as slivers (default 0.1 m²) */
  minPartAreaM2?: number;
}

export type TrimResult =
  | { ok: true; change: PlotChangeSet; /** the plots it overlapped */ overlappedIds: string[] }
  | EditRefusal;

/** The plots among `others` (not the plot itself) whose interiors overlap the geometry. */
export function overlappingPlots<T extends { id: string; geometry: Areal }>(geometry: Areal, others: readonly T[], ignoreIds: ReadonlySet<string> = new Set()): T[] {
  const { boxes, index } = boxIndexOf(others);
  const box = arealBBox(geometry);
  const found: T[] = [];
  for (const i of index.search(box).sort((a, b) => a - b)) {
    const other = others[i] as T;
    if (!ignoreIds.has(other.id) && arealsOverlap(geometry, other.geometry, box, boxes[i])) found.push(other);
  }
  return found;
}

/** The plot cut back to the land no other plot covers, or why not. */
export function trimToFreeLand(plot: Plot, others: readonly Plot[], options: TrimOptions = {}): TrimResult {
  const minPartAreaM2 = options.minPartAreaM2 ?? DEFAULT_MIN_PART_AREA_M2;
  const overlapped = overlappingPlots(rightHanded(plot.geometry), others, new Set([plot.id]));
  if (overlapped.length === 0) return refuse('nothing-to-trim');
  const difference = differencePolygons(polygonsOf(plot.geometry), overlapped.flatMap((p) => polygonsOf(p.geometry)));
  if (!difference.ok) return refuse('clip-failed', difference.detail);
  const parts = difference.polygons.filter((polygon) => polygonAreaM2(polygon) >= minPartAreaM2);
  if (parts.length === 0) return refuse('nothing-left');
  return {
    ok: true,
    change: { added: [], removed: [], changed: [{ before: plot, after: plotWithGeometry(plot, arealOf(parts)) }] },
    overlappedIds: overlapped.map((p) => p.id),
  };
}
