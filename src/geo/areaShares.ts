/**
 * The shares of one plot in one group of areas (districts, or parks).
 *
 * A plot whose bbox lies in clean cells of the group's grid (areaGrid.ts) lies wholly in the one
 * area of those cells, or in none: it is settled there. Otherwise:
 * a part of a plot that no boundary of an area meets lies wholly inside or outside that area: a
 * ray test from one vertex of the part finds the areas holding it, and each gets the part whole
 * (with no boundary near the plot's bbox at all, one test for the whole plot). For an area
 * whose boundary meets
 * the plot (boundaryContact.ts), the plot is clipped in lon/lat against the area, first cut to
 * a window around the plot (a convex cut takes the Sutherland–Hodgman fast path of
 * convexClip.ts, anything else polygon-clipping), and gets the fraction
 * M(plot ∩ area) / M(plot) of its ellipsoidal area, M being the additive measure of
 * lonLatArea.ts: the pieces of a plot add up to the plot, so a straddling plot is split pro
 * rata, never counted twice or dropped. Fractions under 1e-9 are dropped (rounding slivers)
 * and the rest normalised: a sum over 1 − 1e-9 (rounding, or overlapping areas) is scaled to 1.
 *
 * If the clipper fails on an area, the plot counts wholly toward that area when its centroid
 * lies in it (else not at all), and the failure is reported.
 */
import type { Areal, BBox, PolygonCoordinates } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import type { AreaShare } from '../domain/footprint.ts';
import { polygonAreaM2 } from './area.ts';
import type { AreaGroup, PreparedArea } from './areaGroup.ts';
import { areasContainingPoint } from './areaGroup.ts';
import { CLEAR, OUTSIDE, UNSETTLED } from './areaGrid.ts';
import { clipChunkedPolygonsToWindow } from './areaWindow.ts';
import { anyBoundaryMeetsPlot, areasMetByPlot } from './boundaryContact.ts';
import { CLIP_FAILED, intersectPlanar } from './clip.ts';
import { clipPolygonsToConvexRing, isConvexRing } from './convexClip.ts';
import { lonLatPolygonsAreaM2 } from './lonLatArea.ts';
import { outerRingsBBox } from './outerBBox.ts';
import { pointInAreal } from './pointInPolygon.ts';

const FRACTION_TOLERANCE = 1e-9;
/** smallest window margin around a plot, degrees (≈ 1 cm) */
const MIN_WINDOW_MARGIN_DEG = 1e-7;

/** A plot being overlaid: its geometry and what is computed once for all areas. */
export interface PlotInOverlay {
  geometry: Areal;
  areaM2: number;
  /** bbox of the outer rings grown by the touch tolerance */
  searchBBox: BBox;
  centroid: [number, number];
  /** lazily: M(plot), lonLatArea.ts */
  measureM2?: number | undefined;
}

export interface ClipFailure {
  areaId: string;
  reason: typeof CLIP_FAILED;
  detail: string;
}

/** The plot ∩ area pieces, or a failure. */
function piecesInArea(plot: PlotInOverlay, area: PreparedArea): ReturnType<typeof intersectPlanar> {
  const box = outerRingsBBox(plot.geometry);
  const margin = Math.max(MIN_WINDOW_MARGIN_DEG, 0.01 * Math.max(box[2] - box[0], box[3] - box[1]));
  const window: BBox = [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
  const windowed = clipChunkedPolygonsToWindow(polygonsOf(area.area.geometry), area.ringBoxes, area.ringChunks, window);
  const polygons: PolygonCoordinates[] = polygonsOf(plot.geometry);
  if (windowed.length === 0) return { ok: true, polygons: [] };
  const convex = windowed.length === 1 && windowed[0]?.length === 1 ? windowed[0][0] : undefined;
  if (convex !== undefined && isConvexRing(convex)) {
    return { ok: true, polygons: clipPolygonsToConvexRing(polygons, convex) };
  }
  return intersectPlanar(polygons, windowed);
}

/** Fraction of the plot inside the area. */
function clippedFraction(plot: PlotInOverlay, area: PreparedArea, failures: ClipFailure[] | undefined): number {
  plot.measureM2 ??= lonLatPolygonsAreaM2(polygonsOf(plot.geometry));
  const centroidRule = (): number => (pointInAreal(plot.centroid, area.area.geometry) ? 1 : 0);
  if (!(plot.measureM2 > 0)) return centroidRule();
  const pieces = piecesInArea(plot, area);
  if (!pieces.ok) {
    failures?.push({ areaId: area.id, reason: pieces.reason, detail: pieces.detail });
    return centroidRule();
  }
  return Math.min(1, Math.max(0, lonLatPolygonsAreaM2(pieces.polygons) / plot.measureM2));
}

function shareOf(group: AreaGroup, a: number, areaM2: number): AreaShare {
  return { areaId: (group.areas[a] as PreparedArea).id, areaM2 };
}

/**
 * Fractions of the plot inside areas whose boundary does not meet it, part by part: a boundary
 * can pass between the parts of a MultiPolygon without meeting either, but not through a part.
 */
function fractionsByContainment(group: AreaGroup, plot: PlotInOverlay, met: number[]): Map<number, number> {
  const fractions = new Map<number, number>();
  const parts = polygonsOf(plot.geometry);
  for (const part of parts) {
    const vertex = part[0]?.[0];
    if (vertex === undefined) continue;
    const partFraction = parts.length === 1 ? 1 : polygonAreaM2(part) / plot.areaM2;
    for (const a of areasContainingPoint(group, vertex[0] as number, vertex[1] as number)) {
      if (!met.includes(a)) fractions.set(a, (fractions.get(a) ?? 0) + partFraction);
    }
  }
  return fractions;
}

/**
 * The plot's area in the group when no boundary meets it, from the grid (areaGrid.ts): an area
 * index, OUTSIDE, CLEAR (in the areas of its first vertex), or UNSETTLED (take the exact path).
 * A MultiPolygon is settled only where the exact path would take its bbox branch, so its shares
 * keep the same rounding (that path adds the parts' fractions).
 */
function settledByGrid(group: AreaGroup, plot: PlotInOverlay): number {
  const box = plot.searchBBox;
  const settled = group.grid.areaOfBox(box);
  if (plot.geometry.type === 'MultiPolygon') return settled === UNSETTLED || group.segmentIndex.any(box) ? UNSETTLED : settled;
  if (settled !== UNSETTLED) return settled;
  return anyBoundaryMeetsPlot(group, plot.geometry, box) === false ? CLEAR : UNSETTLED;
}

/** The shares of a plot wholly inside the areas `inside` (at most one area). */
function wholeShares(group: AreaGroup, plot: PlotInOverlay, inside: readonly number[]): AreaShare[] {
  return inside.length === 0 ? [] : [shareOf(group, inside[0] as number, plot.areaM2)];
}

/**
 * The plot's shares in the areas of one group, in the order of the group's areas. Clips that
 * fail are added to `failures` when given.
 */
export function sharesInGroup(group: AreaGroup, plot: PlotInOverlay, failures?: ClipFailure[]): AreaShare[] {
  const first = plot.geometry.type === 'Polygon' ? plot.geometry.coordinates[0]?.[0] : plot.geometry.coordinates[0]?.[0]?.[0];
  if (first === undefined) return [];
  const settled = settledByGrid(group, plot);
  if (settled >= 0) return [shareOf(group, settled, plot.areaM2)];
  if (settled === OUTSIDE) return [];
  if (settled === CLEAR) {
    const inside = areasContainingPoint(group, first[0] as number, first[1] as number);
    if (inside.length <= 1) return wholeShares(group, plot, inside);
  }
  if (!group.segmentIndex.any(plot.searchBBox)) {
    // no boundary near: the whole plot lies inside or outside each area
    const inside = areasContainingPoint(group, first[0] as number, first[1] as number);
    if (inside.length <= 1) return wholeShares(group, plot, inside);
  }
  const met = areasMetByPlot(group, plot.geometry, plot.searchBBox);
  const fractions = met.length < group.areas.length ? fractionsByContainment(group, plot, met) : new Map<number, number>();
  for (const a of met) fractions.set(a, clippedFraction(plot, group.areas[a] as PreparedArea, failures));
  const kept = [...fractions].filter(([, fraction]) => fraction > FRACTION_TOLERANCE).sort((x, y) => x[0] - y[0]);
  const total = kept.reduce((sum, [, fraction]) => sum + fraction, 0);
  const scale = total > 1 - FRACTION_TOLERANCE ? 1 / total : 1;
  return kept.map(([a, fraction]) => shareOf(group, a, plot.areaM2 * fraction * scale));
}
