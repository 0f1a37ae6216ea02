/**
 * Area-weighted centroid of a Polygon or MultiPolygon, [lon, lat].
 *
 * Each ring's signed-area moments are taken in a local plane around the first vertex
 * (localProjection.ts); holes subtract by taking every ring with the sign that makes the
 * outer ring positive and holes negative, whatever the input winding. A degenerate geometry
 * (zero area) falls back to the mean of its outer-ring vertices.
 */
import type { Areal, Position, Ring } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import type { LocalProjection } from './localProjection.ts';
import { createLocalProjection, fromLocalM } from './localProjection.ts';

interface Moments {
  area: number;
  x: number;
  y: number;
}

/** Signed area and first moments of a ring in local metres. */
function ringMoments(ring: Ring, projection: LocalProjection): Moments {
  const { originLon, originLat, eastMPerDeg, northMPerDeg } = projection;
  let area = 0;
  let mx = 0;
  let my = 0;
  const n = ring.length;
  let prev = ring[n - 1];
  if (prev === undefined) return { area: 0, x: 0, y: 0 };
  let x0 = ((prev[0] as number) - originLon) * eastMPerDeg;
  let y0 = ((prev[1] as number) - originLat) * northMPerDeg;
  for (let i = 0; i < n; i++) {
    prev = ring[i] as Position;
    const x1 = ((prev[0] as number) - originLon) * eastMPerDeg;
    const y1 = ((prev[1] as number) - originLat) * northMPerDeg;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    mx += (x0 + x1) * cross;
    my += (y0 + y1) * cross;
    x0 = x1;
    y0 = y1;
  }
  return { area: area / 2, x: mx / 6, y: my / 6 };
}

function vertexMean(geometry: Areal): [number, number] {
  let lon = 0;
  let lat = 0;
  let count = 0;
  for (const polygon of polygonsOf(geometry)) {
    for (const p of polygon[0] ?? []) {
      lon += p[0] as number;
      lat += p[1] as number;
      count += 1;
    }
  }
  return count > 0 ? [lon / count, lat / count] : [NaN, NaN];
}

/** Area-weighted centroid [lon, lat]; holes subtract, parts add. */
export function arealCentroid(geometry: Areal): [number, number] {
  const polygons = polygonsOf(geometry);
  const origin = polygons[0]?.[0]?.[0];
  if (origin === undefined) return [NaN, NaN];
  const projection = createLocalProjection(origin);
  let area = 0;
  let mx = 0;
  let my = 0;
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r++) {
      const m = ringMoments(polygon[r] as Ring, projection);
      const sign = (m.area >= 0) === (r === 0) ? 1 : -1;
      area += sign * m.area;
      mx += sign * m.x;
      my += sign * m.y;
    }
  }
  if (!(Math.abs(area) > 0)) return vertexMean(geometry);
  return fromLocalM(projection, mx / area, my / area);
}
