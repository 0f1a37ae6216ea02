/**
 * A set of areas (the districts, or the parks) prepared for overlaying many plots:
 * each area's ellipsoidal area, bbox and ring boxes, an R-tree of area bboxes and an R-tree of
 * every boundary segment (flat arrays, no object per segment).
 *
 * `areasContainingPoint` answers point-in-polygon for every area at once by casting a ray east
 * through the segment index (even-odd per area), O(log n + crossings) whatever the size of the
 * boundaries. It is exact for a point not on a boundary, which the overlay guarantees.
 */
import type { BBox, Ring } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import type { ZoneArea } from '../domain/zone.ts';
import { arealAreaM2 } from './area.ts';
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
}

function prepareArea(area: ZoneArea): PreparedArea {
  return {
    id: area.id,
    area,
    areaM2: arealAreaM2(area.geometry),
    bbox: arealBBox(area.geometry),
    ringBoxes: polygonsOf(area.geometry).map((polygon) => polygon.map((ring) => extendBBox(emptyBBox(), ring))),
  };
}

function countSegments(areas: readonly ZoneArea[]): number {
  let count = 0;
  for (const area of areas) {
    for (const polygon of polygonsOf(area.geometry)) {
      for (const ring of polygon) count += Math.max(0, ring.length - 1);
    }
  }
  return count;
}

/** Prepares areas for overlay; the areas are not modified. */
export function createAreaGroup(areas: readonly ZoneArea[]): AreaGroup {
  const count = countSegments(areas);
  const segments = new Float64Array(count * 4);
  const boxes = new Float64Array(count * 4);
  const segmentArea = new Uint32Array(count);
  let k = 0;
  areas.forEach((area, a) => {
    for (const polygon of polygonsOf(area.geometry)) {
      for (const ring of polygon) k = addRingSegments(ring, a, k, segments, boxes, segmentArea);
    }
  });
  const prepared = areas.map(prepareArea);
  return {
    areas: prepared,
    bboxIndex: createSpatialIndex(prepared.map((area) => area.bbox)),
    segmentIndex: createSpatialIndexFromFlat(boxes, k),
    segments,
    segmentArea,
    maxLon: prepared.reduce((max, area) => Math.max(max, area.bbox[2]), -Infinity),
  };
}

function addRingSegments(
  ring: Ring,
  areaIndex: number,
  start: number,
  segments: Float64Array,
  boxes: Float64Array,
  segmentArea: Uint32Array,
): number {
  let k = start;
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i - 1] as number[];
    const q = ring[i] as number[];
    const x1 = p[0] as number;
    const y1 = p[1] as number;
    const x2 = q[0] as number;
    const y2 = q[1] as number;
    const o = k * 4;
    segments[o] = x1;
    segments[o + 1] = y1;
    segments[o + 2] = x2;
    segments[o + 3] = y2;
    boxes[o] = Math.min(x1, x2);
    boxes[o + 1] = Math.min(y1, y2);
    boxes[o + 2] = Math.max(x1, x2);
    boxes[o + 3] = Math.max(y1, y2);
    segmentArea[k] = areaIndex;
    k += 1;
  }
  return k;
}

/** Indices of the areas containing the point (even-odd), for a point on no boundary. */
export function areasContainingPoint(group: AreaGroup, lon: number, lat: number): number[] {
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
