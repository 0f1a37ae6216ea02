/**
 * Whether the interiors of two areal geometries overlap. Neighbours that only share edges or
 * corners (tiled plots, always) do not. Exact tests, cheapest first, all limited to the common
 * box of the two:
 *   1. two edges cross at an interior point;
 *   2. a vertex of one lies strictly inside the other;
 *   3. a point just inside one, beside the middle of one of its edges, lies strictly inside the
 *      other (this catches identical outlines and an outline whose vertices all sit on the
 *      other's boundary).
 * Rings must follow the right-hand rule (outer anticlockwise, holes clockwise): the interior
 * is then on the left of every edge.
 */
import type { Areal, BBox } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import { arealBBox } from '../bbox.ts';
import { pointInAreal, pointOnBoundary } from '../pointInPolygon.ts';
import { forEachCandidatePair } from './segmentSweep.ts';
import { CROSSING, segmentContact } from './segmentIntersection.ts';
import { clearSegments, createSegmentStore, pushSegment } from './segments.ts';
import type { SegmentStore } from './segments.ts';

const store = createSegmentStore();
/** a point beside an edge's middle is this fraction of the edge length inside (at least 1e-8°) */
const INSET_FRACTION = 1e-6;
const MIN_INSET_DEG = 1e-8;

function commonBox(a: BBox, b: BBox): BBox | null {
  const box: BBox = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[0] < box[2] && box[1] < box[3] ? box : null;
}

function meetsBox(x1: number, y1: number, x2: number, y2: number, box: BBox): boolean {
  return Math.max(x1, x2) >= box[0] && Math.min(x1, x2) <= box[2] && Math.max(y1, y2) >= box[1] && Math.min(y1, y2) <= box[3];
}

/** Calls `visit(a, b)` for each edge a→b of the geometry that meets the box; stops on true. */
function someEdge(geometry: Areal, box: BBox, visit: (a: number[], b: number[]) => boolean): boolean {
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i] as number[];
        const b = ring[i + 1] as number[];
        if (meetsBox(a[0] as number, a[1] as number, b[0] as number, b[1] as number, box) && visit(a, b)) return true;
      }
    }
  }
  return false;
}

function addEdges(s: SegmentStore, geometry: Areal, box: BBox, tag: number): void {
  someEdge(geometry, box, (a, b) => {
    pushSegment(s, a[0] as number, a[1] as number, b[0] as number, b[1] as number, tag);
    return false;
  });
}

function edgesCross(a: Areal, b: Areal, box: BBox): boolean {
  clearSegments(store);
  addEdges(store, a, box, 0);
  addEdges(store, b, box, 1);
  let found = false;
  const s = store;
  forEachCandidatePair(s, (i, j) => {
    if (s.ring[i] === s.ring[j]) return false;
    const contact = segmentContact(
      s.x1[i] as number, s.y1[i] as number, s.x2[i] as number, s.y2[i] as number,
      s.x1[j] as number, s.y1[j] as number, s.x2[j] as number, s.y2[j] as number,
    );
    found = contact === CROSSING;
    return found;
  });
  return found;
}

function strictlyInside(point: number[], geometry: Areal): boolean {
  return pointInAreal(point, geometry) && !pointOnBoundary(point, geometry);
}

/** Some vertex, or some point just inside beside an edge's middle, of `a` is strictly inside `b`. */
function probeInside(a: Areal, b: Areal, box: BBox): boolean {
  return someEdge(a, box, (p, q) => {
    if (strictlyInside(p, b)) return true;
    const dx = (q[0] as number) - (p[0] as number);
    const dy = (q[1] as number) - (p[1] as number);
    const length = Math.hypot(dx, dy);
    if (length === 0) return false;
    const inset = Math.max(INSET_FRACTION, MIN_INSET_DEG / length);
    const probe = [(p[0] as number) + dx / 2 - dy * inset, (p[1] as number) + dy / 2 + dx * inset];
    return strictlyInside(probe, b);
  });
}

/** True when the interiors of `a` and `b` share some area. Boxes may be passed when known. */
export function arealsOverlap(a: Areal, b: Areal, boxA: BBox = arealBBox(a), boxB: BBox = arealBBox(b)): boolean {
  const box = commonBox(boxA, boxB);
  if (box === null) return false;
  return edgesCross(a, b, box) || probeInside(a, b, box) || probeInside(b, a, box);
}
