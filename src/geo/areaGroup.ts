/**
 * A set of areas (the districts, or the parks) prepared for overlaying many plots:
 * each area's ellipsoidal area, bbox, ring boxes and rings in runs (to cut them to a window,
 * areaWindow.ts), an R-tree of area bboxes, an R-tree of every boundary segment (flat arrays,
 * no object per segment, areaSegments.ts) and the grid of the group (areaGrid.ts).
 *
 * `areasContainingPoint` answers point-in-polygon for every area at once by casting a ray east
 * through the segment index (even-odd per area), O(log n + crossings) whatever the size of the
 * boundaries. It is exact for a point not on a boundary, which the overlay guarantees.
 */
import type { BBox } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import type { ZoneArea } from '../domain/zone.ts';
import { arealAreaM2 } from './area.ts';
import type { AreaGrid } from './areaGrid.ts';
import { OUTSIDE, UNSETTLED, createAreaGrid } from './areaGrid.ts';
import type { ChunkedRing } from './areaWindow.ts';
import { chunkRing } from './areaWindow.ts';
import { groupSegments, unionBBox } from './areaSegments.ts';
import { arealBBox, emptyBBox, extendBBox } from './bbox.ts';
import type { SpatialIndex } from './spatialIndex.ts';
import { createSpatialIndex, createSpatialIndexFromFlat } from './spatialIndex.ts';

export interface PreparedArea {
  id: string;
  area: ZoneArea;
  areaM2: number;
  bbox: BBox;
  /** box of each ring, [polygon][ring] */
  ringBoxes: BBox[][];
  /** each ring in runs with their boxes, [polygon][ring], to cut it to a window fast (areaWindow.ts) */
  ringChunks: ChunkedRing[][];
}

export interface AreaGroup {
  areas: PreparedArea[];
  bboxIndex: SpatialIndex;
  segmentIndex: SpatialIndex;
  /** lon1, lat1, lon2, lat2 of each boundary segment */
  segments: Float64Array;
  /** index into `areas` of each segment */
  segmentArea: Uint32Array;
  maxLon: number;
  /** raster of the group: boxes and points far from every boundary, settled in O(1) */
  grid: AreaGrid;
}

function prepareArea(area: ZoneArea): PreparedArea {
  return {
    id: area.id,
    area,
    areaM2: arealAreaM2(area.geometry),
    bbox: arealBBox(area.geometry),
    ringBoxes: polygonsOf(area.geometry).map((polygon) => polygon.map((ring) => extendBBox(emptyBBox(), ring))),
    ringChunks: polygonsOf(area.geometry).map((polygon) => polygon.map(chunkRing)),
  };
}

/** Prepares areas for overlay; the areas are not modified. */
export function createAreaGroup(areas: readonly ZoneArea[]): AreaGroup {
  const { segments, boxes, segmentArea, count: k } = groupSegments(areas);
  const prepared = areas.map(prepareArea);
  const segmentIndex = createSpatialIndexFromFlat(boxes, k);
  const bbox = unionBBox(prepared.map((area) => area.bbox));
  const gridInput = { segments, segmentArea, count: k, areaCount: prepared.length, search: segmentIndex.search };
  return {
    areas: prepared,
    bboxIndex: createSpatialIndex(prepared.map((area) => area.bbox)),
    segmentIndex,
    segments,
    segmentArea,
    maxLon: prepared.reduce((max, area) => Math.max(max, area.bbox[2]), -Infinity),
    grid: createAreaGrid(gridInput, bbox),
  };
}

/** Indices of the areas containing the point (even-odd), for a point on no boundary. */
export function areasContainingPoint(group: AreaGroup, lon: number, lat: number): number[] {
  const settled = group.grid.areaOfPoint(lon, lat);
  if (settled !== UNSETTLED) return settled === OUTSIDE ? [] : [settled];
  if (!group.bboxIndex.any([lon, lat, lon, lat])) return [];
  const crossed: number[] = [];
  const { segments, segmentArea } = group;
  for (const k of group.segmentIndex.search([lon, lat, group.maxLon, lat])) {
    const x1 = segments[k * 4] as number;
    const y1 = segments[k * 4 + 1] as number;
    const x2 = segments[k * 4 + 2] as number;
    const y2 = segments[k * 4 + 3] as number;
    if (y1 > lat !== y2 > lat && lon < ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1) {
      crossed.push(segmentArea[k] as number);
    }
  }
  return oddCounts(crossed);
}

/** The values occurring an odd number of times, ascending. */
function oddCounts(values: number[]): number[] {
  if (values.length <= 1) return values;
  values.sort((x, y) => x - y);
  const odd: number[] = [];
  let i = 0;
  while (i < values.length) {
    let j = i;
    while (j < values.length && values[j] === values[i]) j += 1;
    if ((j - i) % 2 === 1) odd.push(values[i] as number);
    i = j;
  }
  return odd;
}
