/**
 * Which areas' boundaries meet a plot: a boundary segment crossing or touching a plot edge, or
 * lying inside the plot. Tests are inclusive with a tolerance of TOUCH_TOLERANCE_DEG (≈ 0.1 mm):
 * when unsure, a boundary counts as met, which only costs the overlay an exact clip; a boundary
 * reported as not met is certainly more than the tolerance away from the plot.
 */
import type { Areal, BBox, Position } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import type { AreaGroup } from './areaGroup.ts';
import { segmentNearBox } from './areaGridCells.ts';
import { pointInAreal } from './pointInPolygon.ts';

export const TOUCH_TOLERANCE_DEG = 1e-9;
/** a segment farther than this from a plot's bbox cannot meet the plot (a few tolerances) */
const NEAR_BOX_DEG = 1e-8;

/** Orientation of c against a→b, scaled to a distance (degrees); 0 within the tolerance. */
function side(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const cross = dx * (cy - ay) - dy * (cx - ax);
  const tolerance = TOUCH_TOLERANCE_DEG * Math.sqrt(dx * dx + dy * dy);
  return cross > tolerance ? 1 : cross < -tolerance ? -1 : 0;
}

function rangesMeet(a1: number, a2: number, b1: number, b2: number): boolean {
  const t = TOUCH_TOLERANCE_DEG;
  return Math.min(a1, a2) <= Math.max(b1, b2) + t && Math.min(b1, b2) <= Math.max(a1, a2) + t;
}

/** True when segments p–q and r–s cross, touch or overlap (within the tolerance). */
export function segmentsMeet(px: number, py: number, qx: number, qy: number, rx: number, ry: number, sx: number, sy: number): boolean {
  if (!rangesMeet(px, qx, rx, sx) || !rangesMeet(py, qy, ry, sy)) return false;
  const d1 = side(rx, ry, sx, sy, px, py);
  const d2 = side(rx, ry, sx, sy, qx, qy);
  if (d1 * d2 > 0) return false;
  const d3 = side(px, py, qx, qy, rx, ry);
  const d4 = side(px, py, qx, qy, sx, sy);
  if (d3 * d4 > 0) return false;
  return true;
}

function segmentMeetsPlotEdges(segments: Float64Array, k: number, plot: Areal): boolean {
  const px = segments[k * 4] as number;
  const py = segments[k * 4 + 1] as number;
  const qx = segments[k * 4 + 2] as number;
  const qy = segments[k * 4 + 3] as number;
  for (const polygon of polygonsOf(plot)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const r = ring[i - 1] as Position;
        const s = ring[i] as Position;
        if (segmentsMeet(px, py, qx, qy, r[0] as number, r[1] as number, s[0] as number, s[1] as number)) return true;
      }
    }
  }
  return pointInAreal([px, py], plot);
}

/**
 * Indices (into `group.areas`) of the areas whose boundary meets the plot, given the plot's
 * bbox. An area not listed has no boundary point on or in the plot: each part of the plot then
 * lies wholly inside or outside it.
 */
export function areasMetByPlot(group: AreaGroup, plot: Areal, plotBBox: BBox): number[] {
  const candidates = group.segmentIndex.search(plotBBox);
  const met: number[] = [];
  const { segments, segmentArea } = group;
  for (const k of candidates) {
    const a = segmentArea[k] as number;
    if (!met.includes(a) && segmentMeetsPlotEdges(segments, k, plot)) met.push(a);
  }
  return met;
}

/**
 * Whether a boundary of the group meets a plot inside `plotBBox`, by the test of
 * `areasMetByPlot`, over the segments the group's grid lists near the box: true when one does,
 * false when none does (then `areasMetByPlot` finds none either: a segment that meets the plot
 * comes within a few tolerances of it, and the grid offers every segment within 1 cm), and
 * undefined when the grid cannot tell (a box over many cells).
 */
export function anyBoundaryMeetsPlot(group: AreaGroup, plot: Areal, plotBBox: BBox): boolean | undefined {
  const { segments } = group;
  return group.grid.anySegmentNear(plotBBox, (k) => segmentNearBox(segments, k, plotBBox, NEAR_BOX_DEG) && segmentMeetsPlotEdges(segments, k, plot));
}
