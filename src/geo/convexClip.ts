/**
 * Fast path of the overlay's clip: polygons cut to a convex ring by Sutherland–Hodgman against
 * each edge's half-plane, ring by ring. For a convex clip ring each result ring is exactly
 * ring ∩ C (the method may leave zero-area degenerate edges), so for any additive area measure
 * area(P ∩ C) = area(outer ∩ C) − Σ area(hole ∩ C): the result is for measuring, not drawing.
 * Near a district boundary the district cut to a window around the plot is most often convex
 * (a rectangle crossed by one boundary edge), and this is ~10× cheaper than the sweep-line
 * clipper.
 */
import type { PolygonCoordinates, Position, Ring } from '../domain/geometry.ts';
import { isClosedRing, openRing } from './ring.ts';

/** Twice the signed shoelace area of a closed ring (positive counter-clockwise). */
function doubleSignedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

function cross(ax: number, ay: number, bx: number, by: number, px: number, py: number): number {
  return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
}

function signChanges(values: number[]): number {
  let changes = 0;
  let last = 0;
  for (const v of values) {
    const s = Math.sign(v);
    if (s !== 0 && last !== 0 && s !== last) changes += 1;
    if (s !== 0) last = s;
  }
  const first = values.map(Math.sign).find((s) => s !== 0);
  return changes + (first !== undefined && last !== 0 && first !== last ? 1 : 0);
}

/**
 * True when a ring is a simple convex polygon: all turns on one side, and edge directions
 * changing sign at most twice in x and in y (which rules out star shapes and spurs).
 */
export function isConvexRing(ring: Ring): boolean {
  const points = openRing(ring);
  const n = points.length;
  if (n < 3) return false;
  const dxs: number[] = [];
  const dys: number[] = [];
  let turn = 0;
  for (let i = 0; i < n; i++) {
    const a = points[i] as Position;
    const b = points[(i + 1) % n] as Position;
    const c = points[(i + 2) % n] as Position;
    dxs.push((b[0] as number) - (a[0] as number));
    dys.push((b[1] as number) - (a[1] as number));
    const z = cross(a[0] as number, a[1] as number, b[0] as number, b[1] as number, c[0] as number, c[1] as number);
    if (z !== 0) {
      if (turn !== 0 && Math.sign(z) !== turn) return false;
      turn = Math.sign(z);
    }
  }
  return turn !== 0 && signChanges(dxs) <= 2 && signChanges(dys) <= 2;
}

/** The part of `points` (an open ring) on the left of a→b. */
function clipToHalfPlane(points: Position[], ax: number, ay: number, bx: number, by: number): Position[] {
  const out: Position[] = [];
  let prev = points[points.length - 1];
  if (prev === undefined) return out;
  let prevSide = cross(ax, ay, bx, by, prev[0] as number, prev[1] as number);
  for (const cur of points) {
    const curSide = cross(ax, ay, bx, by, cur[0] as number, cur[1] as number);
    if (curSide >= 0 !== prevSide >= 0) {
      const t = prevSide / (prevSide - curSide);
      const px = prev[0] as number;
      const py = prev[1] as number;
      out.push([px + t * ((cur[0] as number) - px), py + t * ((cur[1] as number) - py)]);
    }
    if (curSide >= 0) out.push(cur);
    prev = cur;
    prevSide = curSide;
  }
  return out;
}

function ringInside(ring: Ring, convex: Ring, counterClockwise: boolean): Ring {
  let points = openRing(ring);
  for (let i = 0; i + 1 < convex.length && points.length > 0; i++) {
    const a = convex[counterClockwise ? i : i + 1] as Position;
    const b = convex[counterClockwise ? i + 1 : i] as Position;
    points = clipToHalfPlane(points, a[0] as number, a[1] as number, b[0] as number, b[1] as number);
  }
  const first = points[0];
  if (points.length < 3 || first === undefined) return [];
  points.push(first);
  return points;
}

/**
 * Each ring of the polygons cut to a convex ring (closed or open), holes kept as holes;
 * a polygon whose outer ring vanishes is dropped.
 */
export function clipPolygonsToConvexRing(
  polygons: readonly PolygonCoordinates[],
  convex: Ring,
): PolygonCoordinates[] {
  const closed = convex.slice();
  const first = convex[0];
  if (first !== undefined && !isClosedRing(convex)) closed.push(first);
  const counterClockwise = doubleSignedArea(closed) > 0;
  const result: PolygonCoordinates[] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => ringInside(ring, closed, counterClockwise));
    if ((rings[0]?.length ?? 0) > 0) result.push(rings.filter((ring) => ring.length > 0));
  }
  return result;
}
