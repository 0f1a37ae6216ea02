/**
 * Whether plots may be merged: two plots are adjacent when they share a stretch of boundary
 * (collinear edges overlapping over more than 1e-9°, ≈ 0.1 mm) or their interiors overlap.
 * Touching at a point only is not adjacency. A set of plots may be merged when adjacency
 * connects them all.
 */
import type { Areal, BBox, Position } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import { arealBBox, bboxesIntersect } from '../bbox.ts';
import { arealsOverlap } from '../validate/index.ts';
import { OVERLAPPING, segmentContact } from '../validate/segmentIntersection.ts';
import { EDIT_TOLERANCE_DEG } from './planar.ts';
import { grownBox } from './plotBoxes.ts';

type Segment = [Position, Position];

function segmentsNear(geometry: Areal, box: BBox): Segment[] {
  const out: Segment[] = [];
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as Position;
        const b = ring[i + 1] as Position;
        const segmentBox: BBox = [Math.min(a[0] as number, b[0] as number), Math.min(a[1] as number, b[1] as number), Math.max(a[0] as number, b[0] as number), Math.max(a[1] as number, b[1] as number)];
        if (bboxesIntersect(segmentBox, box)) out.push([a, b]);
      }
    }
  }
  return out;
}

function overlapsAlong(s: Segment, t: Segment): boolean {
  const [a, b] = s;
  const [c, d] = t;
  return segmentContact(a[0] as number, a[1] as number, b[0] as number, b[1] as number, c[0] as number, c[1] as number, d[0] as number, d[1] as number) === OVERLAPPING;
}

/** True when the boundaries of a and b run together along a stretch. */
export function shareBoundaryStretch(a: Areal, b: Areal): boolean {
  const boxA = grownBox(arealBBox(a), EDIT_TOLERANCE_DEG);
  const boxB = grownBox(arealBBox(b), EDIT_TOLERANCE_DEG);
  if (!bboxesIntersect(boxA, boxB)) return false;
  const common: BBox = [Math.max(boxA[0], boxB[0]), Math.max(boxA[1], boxB[1]), Math.min(boxA[2], boxB[2]), Math.min(boxA[3], boxB[3])];
  const fromB = segmentsNear(b, common);
  return segmentsNear(a, common).some((s) => fromB.some((t) => overlapsAlong(s, t)));
}

export function areAdjacent(a: Areal, b: Areal): boolean {
  return shareBoundaryStretch(a, b) || arealsOverlap(a, b);
}

/** Positions of the geometries not connected to the first one through adjacency ([] when all are). */
export function unconnected(geometries: readonly Areal[]): number[] {
  const reached = new Set<number>([0]);
  const queue = [0];
  for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
    geometries.forEach((g, j) => {
      if (!reached.has(j) && areAdjacent(geometries[i] as Areal, g)) {
        reached.add(j);
        queue.push(j);
      }
    });
  }
  return geometries.map((_, j) => j).filter((j) => !reached.has(j));
}
