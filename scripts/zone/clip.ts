/** Boolean operations on plane shapes (polygon-clipping). */
import polygonClipping from 'polygon-clipping';
import type { MultiPolygon as ClipMultiPolygon, Pair } from 'polygon-clipping';
import type { RingXY, ShapeXY } from './plane.ts';
import { signedRingAreaM2 } from './plane.ts';

/** Vertices closer than this are merged in clipped output, m. */
const MERGE_DISTANCE_M = 0.05;

function toClip(shape: ShapeXY): ClipMultiPolygon {
  return shape.map((polygon) => polygon.map((ring) => ring.map(([x, y]): Pair => [x, y])));
}

/** Open rings, outer counter-clockwise and holes clockwise, near-duplicate vertices merged. */
function fromClip(result: ClipMultiPolygon): ShapeXY {
  const shape: ShapeXY = [];
  for (const polygon of result) {
    const rings = polygon.map((ring, index) => orient(openRing(ring), index === 0));
    const outer = rings[0];
    if (outer !== undefined && outer.length >= 3) shape.push(rings.filter((r) => r.length >= 3));
  }
  return shape;
}

function openRing(ring: readonly Pair[]): RingXY {
  const open: RingXY = [];
  for (const [x, y] of ring) {
    const last = open[open.length - 1];
    if (last === undefined || Math.hypot(x - last[0], y - last[1]) > MERGE_DISTANCE_M) open.push([x, y]);
  }
  const first = open[0];
  const last = open[open.length - 1];
  if (first && last && open.length > 1 && Math.hypot(first[0] - last[0], first[1] - last[1]) <= MERGE_DISTANCE_M) open.pop();
  return open;
}

function orient(ring: RingXY, counterClockwise: boolean): RingXY {
  return (signedRingAreaM2(ring) > 0) === counterClockwise ? ring : [...ring].reverse();
}

export function intersectShapes(a: ShapeXY, b: ShapeXY): ShapeXY {
  return fromClip(polygonClipping.intersection(toClip(a), toClip(b)));
}

export function subtractShapes(subject: ShapeXY, ...clips: ShapeXY[]): ShapeXY {
  return fromClip(polygonClipping.difference(toClip(subject), ...clips.map(toClip)));
}

/** A shape with one polygon of one ring. */
export function shapeOfRing(ring: RingXY): ShapeXY {
  return [[ring]];
}
