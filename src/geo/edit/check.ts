/**
 * The planning rules checked on a shape being drawn or edited, for the UI to show (issue 4):
 *   - a self-intersecting outline (edges crossing, a ring touching itself, a hole cutting the
 *     plot apart) is refused: `selfIntersection`, with a point to mark;
 *   - overlap with other plots is flagged, with their ids (the planner may trim);
 *   - a plot sharing no area with any district is flagged (`outsideAllDistricts`; false when no
 *     districts are loaded);
 *   - a plot across a district boundary is allowed (counted pro rata) and reported.
 * The tests are the validator's own (findPolygonDefects, arealsOverlap, findOutsideDistricts)
 * and the clipper of the overlay. The other plots' bbox R-tree is built once per list (the
 * list's identity is the key), so repeated checks while drawing cost a lookup and a few exact
 * tests.
 */
import type { Areal, Position } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import { arealAreaM2 } from '../area.ts';
import { arealBBox, bboxesIntersect } from '../bbox.ts';
import { intersectionAreaM2 } from '../clip.ts';
import { arealsOverlap, findPolygonDefects } from '../validate/index.ts';
import { findOutsideDistricts } from '../validate/outsideDistricts.ts';
import { rightHanded } from './planar.ts';
import { overlappingPlots } from './trim.ts';

export interface PlotCheckContext {
  otherPlots: readonly { id: string; geometry: Areal }[];
  /** districts (or their geometries) */
  districts: readonly ({ geometry: Areal } | Areal)[];
}

export interface PlotCheckOptions {
  /** plots not to compare with (the plot being edited, in its old shape) */
  ignorePlotIds?: Iterable<string>;
}

export interface PlotGeometryCheck {
  /** the shape must be refused */
  selfIntersection: boolean;
  /** where, for a marker; null when none */
  selfIntersectionAt: Position | null;
  /** ids of the other plots whose interiors it overlaps, in list order */
  overlapsPlotIds: string[];
  outsideAllDistricts: boolean;
  crossesDistrictBoundary: boolean;
}

/** A share of the plot below this fraction of its area does not make it cross a boundary. */
const CROSSING_SHARE_MIN = 1e-6;

function selfIntersectionAt(geometry: Areal): Position | null {
  for (const polygon of polygonsOf(geometry)) {
    const d = findPolygonDefects(polygon);
    const at = d.crossingAt ?? d.selfTouchAt ?? d.ringContactAt;
    if (d.crossings > 0 || d.selfTouches > 0 || d.ringContacts > 0) return at ?? polygon[0]?.[0] ?? [Number.NaN, Number.NaN];
  }
  return null;
}

function districtGeometries(districts: PlotCheckContext['districts']): Areal[] {
  return districts.map((d) => ('type' in d ? d : d.geometry));
}

function crossesBoundary(geometry: Areal, districts: readonly Areal[]): boolean {
  const box = arealBBox(geometry);
  const areaM2 = arealAreaM2(geometry);
  return districts.some((district) => {
    const districtBox = arealBBox(district);
    if (!bboxesIntersect(box, districtBox) || !arealsOverlap(geometry, rightHanded(district), box, districtBox)) return false;
    const inside = intersectionAreaM2(geometry, district);
    return inside.ok && inside.areaM2 > CROSSING_SHARE_MIN * areaM2 && inside.areaM2 < (1 - CROSSING_SHARE_MIN) * areaM2;
  });
}

/** Checks a drawn or edited shape against the rules of the plan (see the file comment). */
export function checkPlotGeometry(geometry: Areal, context: PlotCheckContext, options: PlotCheckOptions = {}): PlotGeometryCheck {
  const shape = rightHanded(geometry);
  const at = selfIntersectionAt(shape);
  const overlapsPlotIds = overlappingPlots(shape, context.otherPlots, new Set(options.ignorePlotIds ?? [])).map((p) => p.id);
  const districts = districtGeometries(context.districts);
  const outsideAllDistricts = districts.length > 0 && findOutsideDistricts([shape], [arealBBox(shape)], districts).length > 0;
  return {
    selfIntersection: at !== null,
    selfIntersectionAt: at,
    overlapsPlotIds,
    outsideAllDistricts,
    crossesDistrictBoundary: !outsideAllDistricts && crossesBoundary(shape, districts),
  };
}
