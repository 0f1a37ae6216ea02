/**
 * Convex hull of lon/lat points by Andrew's monotone chain, O(n log n).
 *
 * The hull is taken directly in lon/lat: at plot scale a local metric projection is an affine
 * map of lon/lat (x ∝ Δλ·cos φ0, y ∝ Δφ), and affine maps keep convex hulls, so the vertices are
 * the same. Collinear points on the hull's edges are dropped.
 */
import type { Position } from '../domain/geometry.ts';

function cross(o: Position, a: Position, b: Position): number {
  const ox = o[0] as number;
  const oy = o[1] as number;
  return ((a[0] as number) - ox) * ((b[1] as number) - oy) - ((a[1] as number) - oy) * ((b[0] as number) - ox);
}

function byLonThenLat(a: Position, b: Position): number {
  return (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number);
}

function halfHull(sorted: readonly Position[]): Position[] {
  const chain: Position[] = [];
  for (const p of sorted) {
    while (chain.length >= 2 && cross(chain[chain.length - 2] as Position, chain[chain.length - 1] as Position, p) <= 0) {
      chain.pop();
    }
    chain.push(p);
  }
  return chain;
}

/**
 * The hull as a closed counter-clockwise ring [[lon, lat], …, first], or [] when the points
 * span no area (fewer than 3 distinct points, or all on one line).
 */
export function convexHullRing(points: readonly Position[]): number[][] {
  const sorted = [...points].sort(byLonThenLat);
  if (sorted.length < 3) return [];
  const lower = halfHull(sorted);
  const upper = halfHull([...sorted].reverse());
  lower.pop();
  upper.pop();
  const hull = [...lower, ...upper];
  if (hull.length < 3) return [];
  const ring = hull.map((p) => [p[0] as number, p[1] as number]);
  ring.push([...(ring[0] as number[])]);
  return ring;
}
