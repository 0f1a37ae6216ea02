/**
 * Independent oracles for the geo tests: GeographicLib's geodesic polygon area (Karney) and the
 * closed-form area of a box bounded by parallels and meridians.
 */
import { Geodesic } from 'geographiclib-geodesic';
import type { Areal, Ring } from '../../../src/domain/geometry.ts';
import { polygonsOf } from '../../../src/domain/geometry.ts';

const WGS84 = Geodesic.WGS84;

/** GeographicLib area of one ring in m² (closed or open, any winding). */
export function geodesicRingAreaM2(ring: Ring): number {
  const polygon = WGS84.Polygon(false);
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  const count = closed ? ring.length - 1 : ring.length;
  for (let i = 0; i < count; i++) {
    const p = ring[i] as number[];
    polygon.AddPoint(p[1] as number, p[0] as number);
  }
  return Math.abs(polygon.Compute(false, true).area ?? Number.NaN);
}

/** GeographicLib area of a Polygon or MultiPolygon: holes subtract, parts add. */
export function geodesicAreaM2(geometry: Areal): number {
  let areaM2 = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, r) => {
      areaM2 += (r === 0 ? 1 : -1) * geodesicRingAreaM2(ring);
    });
  }
  return areaM2;
}

const A_M = 6_378_137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);

/** Area between the equator and φ per radian of longitude, closed form with atanh. */
function zoneAreaM2PerRad(latDeg: number): number {
  const s = Math.sin((latDeg * Math.PI) / 180);
  const b2 = A_M * A_M * (1 - E2);
  return (b2 / 2) * (s / (1 - E2 * s * s) + Math.atanh(E * s) / E);
}

/** Exact area of the box bounded by two meridians and two parallels (not geodesics). */
export function parallelBoxAreaM2(west: number, south: number, east: number, north: number): number {
  return (((east - west) * Math.PI) / 180) * (zoneAreaM2PerRad(north) - zoneAreaM2PerRad(south));
}

/** |a − b| / |b| */
export function relativeError(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

/**
 * The ring with `steps` points per edge along the straight lon/lat line: its geodesic area
 * (GeographicLib) tends to the area enclosed by lon/lat-straight edges, as drawn on the map
 * and cut by a planar clipper (the lunes shrink as 1/steps²).
 */
export function densifyRing(ring: Ring, steps: number): Ring {
  const out: Ring = [];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as number[];
    const b = ring[i] as number[];
    for (let k = 0; k < steps; k++) {
      const t = k / steps;
      out.push([(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), (a[1] as number) + t * ((b[1] as number) - (a[1] as number))]);
    }
  }
  out.push([...(out[0] as number[])]);
  return out;
}
