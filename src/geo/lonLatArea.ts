/**
 * Ellipsoidal area of polygons whose edges are straight lines in lon/lat (latitude linear in
 * longitude along each edge), the edges a planar clipper works with.
 *
 * This is the overlay's measure of proportions: a plot cut by a clipper in lon/lat has pieces
 * whose cut points lie exactly on the plot's lon/lat edges, so under this measure the pieces
 * add up to the plot (up to rounding), whereas geodesic areas of the pieces would not quite
 * (a cut point on a lon/lat chord is off the geodesic by up to L²·tanφ/8R). Each edge's
 * ∮ Y(φ) dλ is integrated by Simpson's rule at the mid-latitude (error O(Δφ⁴), below 1e-15
 * relative for a 5 km edge). It differs from the geodesic area (area.ts) by ~L·tanφ/(12R)
 * relative, ~1e-6 for a 100 m plot: it is used for ratios only, never as an area.
 */
import type { PolygonCoordinates, Ring } from '../domain/geometry.ts';
import { HALF_B2_M2, RAD_PER_DEG, authalicOrdinate } from './ellipsoid.ts';

const TWO_PI = 2 * Math.PI;

/** Signed area of a ring with lon/lat-straight edges, m² (positive counter-clockwise). */
export function lonLatSignedRingAreaM2(ring: Ring): number {
  const n = ring.length;
  if (n < 3) return 0;
  const first = ring[0] as number[];
  const lon0 = first[0] as number;
  const lat0 = first[1] as number;
  const y0 = authalicOrdinate(Math.sin(lat0 * RAD_PER_DEG));
  let lon1 = lon0;
  let lat1 = lat0;
  let y1 = 0;
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    const p = (i === n ? first : ring[i]) as number[];
    const lon2 = p[0] as number;
    const lat2 = p[1] as number;
    const y2 = i === n ? 0 : authalicOrdinate(Math.sin(lat2 * RAD_PER_DEG)) - y0;
    let dLon = (lon2 - lon1) * RAD_PER_DEG;
    if (dLon > Math.PI || dLon <= -Math.PI) dLon = dLon > 0 ? dLon - TWO_PI : dLon + TWO_PI;
    if (dLon !== 0) {
      const yMid = authalicOrdinate(Math.sin(((lat1 + lat2) / 2) * RAD_PER_DEG)) - y0;
      sum += dLon * (y1 + 4 * yMid + y2);
    }
    lon1 = lon2;
    lat1 = lat2;
    y1 = y2;
  }
  return (-sum / 6) * HALF_B2_M2;
}

/** Area of polygons with lon/lat-straight edges, m²: outer rings minus holes, parts added. */
export function lonLatPolygonsAreaM2(polygons: readonly PolygonCoordinates[]): number {
  let areaM2 = 0;
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r++) {
      const ringAreaM2 = Math.abs(lonLatSignedRingAreaM2(polygon[r] as Ring));
      areaM2 += r === 0 ? ringAreaM2 : -ringAreaM2;
    }
  }
  return areaM2;
}
