/**
 * Planar helpers for the edit operations, on lon/lat taken as plane coordinates (plots are
 * small enough that their edges are straight lines of lon/lat to well under a millimetre, and
 * every clipper of the project cuts them so). Rings here are "open": no closing repeat.
 */
import type { Areal, Position, PolygonCoordinates } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';

/** Two points closer than this (degrees, ≈ 0.1 mm) are one; the validator's tolerance too. */
export const EDIT_TOLERANCE_DEG = 1e-9;

export function sameXY(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

export function xyKey(p: Position): string {
  return `${p[0]},${p[1]}`;
}

/** Distance (degrees) from p to segment a–b and the parameter of the foot, clamped to 0..1. */
export function segmentDistance(p: Position, a: Position, b: Position): { distance: number; t: number } {
  const ax = a[0] as number;
  const ay = a[1] as number;
  const dx = (b[0] as number) - ax;
  const dy = (b[1] as number) - ay;
  const length2 = dx * dx + dy * dy;
  let t = length2 > 0 ? (((p[0] as number) - ax) * dx + ((p[1] as number) - ay) * dy) / length2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return { distance: Math.hypot(ax + t * dx - (p[0] as number), ay + t * dy - (p[1] as number)), t };
}

/** Twice the signed area of an open ring in degrees² (positive anticlockwise). */
export function planarSignedArea2(ring: readonly Position[]): number {
  const first = ring[0];
  if (first === undefined) return 0;
  const x0 = first[0] as number;
  const y0 = first[1] as number;
  let sum = 0;
  for (let i = 1; i + 1 < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[i + 1] as Position;
    sum += ((p[0] as number) - x0) * ((q[1] as number) - y0) - ((q[0] as number) - x0) * ((p[1] as number) - y0);
  }
  return sum;
}

/** The ring's distinct positions in order, without repeats of the previous one or a closing repeat. */
export function openDistinct(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (last === undefined || !sameXY(last, p)) out.push(p);
  }
  while (out.length > 1 && sameXY(out[0] as Position, out[out.length - 1] as Position)) out.pop();
  return out;
}

/**
 * Open copies of the rings, outer rings anticlockwise and holes clockwise (the interior on the
 * left of every edge); rings with fewer than 3 distinct positions are left out.
 */
export function orientedPolygons(geometry: Areal): Position[][][] {
  const out: Position[][][] = [];
  for (const polygon of polygonsOf(geometry)) {
    const rings: Position[][] = [];
    polygon.forEach((ring, r) => {
      const open = openDistinct(ring);
      if (open.length < 3 || (r > 0 && rings.length === 0)) return;
      const area2 = planarSignedArea2(open);
      if (area2 !== 0 && area2 > 0 !== (r === 0)) open.reverse();
      rings.push(open);
    });
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

/** A closed copy of an open ring. */
export function closeRing(open: readonly Position[]): Position[] {
  const first = open[0];
  return first === undefined ? [] : [...open, first];
}

/** A Polygon for one polygon, a MultiPolygon for several. Throws on none (a programmer error). */
export function arealOf(polygons: readonly PolygonCoordinates[]): Areal {
  const [only] = polygons;
  if (only === undefined) throw new RangeError('arealOf: no polygon');
  return polygons.length === 1 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: [...polygons] };
}

/**
 * The geometry with outer rings anticlockwise and holes clockwise (RFC 7946), as the overlap
 * test needs; the same object when it already is.
 */
export function rightHanded(geometry: Areal): Areal {
  const polygons = polygonsOf(geometry);
  const ok = polygons.every((polygon) => polygon.every((ring, r) => planarSignedArea2(openDistinct(ring)) > 0 === (r === 0)));
  const oriented = orientedPolygons(geometry);
  if (ok || oriented.length === 0) return geometry;
  return arealOf(oriented.map((polygon) => polygon.map(closeRing)));
}
