/**
 * Point-in-polygon on lon/lat coordinates (planar test: plots and districts are small enough
 * that edges are straight in lon/lat to well under a millimetre of the answer).
 *
 * `pointInAreal` uses the even-odd rule over all rings of each polygon, so holes exclude and
 * MultiPolygon parts include. A point exactly on a boundary is unspecified by the crossing
 * test; ask `pointOnBoundary` when it matters.
 */
import type { Areal, Position, Ring } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';

/** Even-odd crossing test of one ring (closed or open). */
export function pointInRing(point: Position, ring: Ring): boolean {
  const x = point[0] as number;
  const y = point[1] as number;
  const n = ring.length;
  let inside = false;
  let prev = ring[n - 1];
  if (prev === undefined) return false;
  for (let i = 0; i < n; i++) {
    const cur = ring[i] as Position;
    const xi = cur[0] as number;
    const yi = cur[1] as number;
    const xj = prev[0] as number;
    const yj = prev[1] as number;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    prev = cur;
  }
  return inside;
}

/** True when the point lies inside the geometry (even-odd over all rings of each polygon). */
export function pointInAreal(point: Position, geometry: Areal): boolean {
  for (const polygon of polygonsOf(geometry)) {
    let inside = false;
    for (const ring of polygon) {
      if (pointInRing(point, ring)) inside = !inside;
    }
    if (inside) return true;
  }
  return false;
}

/** Default boundary tolerance: 1e-9° ≈ 0.1 mm, above the rounding of lon/lat doubles. */
export const BOUNDARY_TOLERANCE_DEG = 1e-9;

/** True when the point lies on the segment a–b, within `toleranceDeg` (degrees). */
export function pointOnSegment(
  point: Position,
  a: Position,
  b: Position,
  toleranceDeg = BOUNDARY_TOLERANCE_DEG,
): boolean {
  const px = point[0] as number;
  const py = point[1] as number;
  const ax = a[0] as number;
  const ay = a[1] as number;
  const dx = (b[0] as number) - ax;
  const dy = (b[1] as number) - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey <= toleranceDeg * toleranceDeg;
}

/** True when the point lies on any ring of the geometry, within `toleranceDeg` (degrees). */
export function pointOnBoundary(
  point: Position,
  geometry: Areal,
  toleranceDeg = BOUNDARY_TOLERANCE_DEG,
): boolean {
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      let prev = ring[ring.length - 1];
      for (const cur of ring) {
        if (prev !== undefined && pointOnSegment(point, prev, cur, toleranceDeg)) return true;
        prev = cur;
      }
    }
  }
  return false;
}
