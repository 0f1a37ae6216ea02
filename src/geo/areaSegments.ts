/**
 * The boundary segments of a group of areas in flat arrays (no object per segment): lon1, lat1,
 * lon2, lat2 of each segment, its bbox, and the index of its area; and the box of the group.
 */
import type { BBox, Ring } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import type { ZoneArea } from '../domain/zone.ts';
import { emptyBBox } from './bbox.ts';

export interface GroupSegments {
  segments: Float64Array;
  boxes: Float64Array;
  segmentArea: Uint32Array;
  count: number;
}

/** The box of all boxes; boxes of empty areas (min > max) add nothing. */
export function unionBBox(boxes: readonly BBox[]): BBox {
  const union = emptyBBox();
  for (const box of boxes) {
    if (!(box[0] <= box[2] && box[1] <= box[3])) continue;
    union[0] = Math.min(union[0], box[0]);
    union[1] = Math.min(union[1], box[1]);
    union[2] = Math.max(union[2], box[2]);
    union[3] = Math.max(union[3], box[3]);
  }
  return union;
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

/** Every segment of every ring of the areas, in order. */
export function groupSegments(areas: readonly ZoneArea[]): GroupSegments {
  const total = countSegments(areas);
  const segments = new Float64Array(total * 4);
  const boxes = new Float64Array(total * 4);
  const segmentArea = new Uint32Array(total);
  let count = 0;
  areas.forEach((area, a) => {
    for (const polygon of polygonsOf(area.geometry)) {
      for (const ring of polygon) count = addRingSegments(ring, a, count, segments, boxes, segmentArea);
    }
  });
  return { segments, boxes, segmentArea, count };
}
