/** Test helpers on GeographicLib (an independent oracle): points at known geodesic offsets. */
import geographiclib from 'geographiclib-geodesic';

const WGS84 = geographiclib.Geodesic.WGS84;

/** The point `distanceM` from [lon, lat] along azimuth `azimuthDeg` (0 north, 90 east). */
export function offsetLonLat(origin: [number, number], distanceM: number, azimuthDeg: number): [number, number] {
  const result = WGS84.Direct(origin[1], origin[0], azimuthDeg, distanceM);
  return [result.lon2 ?? NaN, result.lat2 ?? NaN];
}

/** The point `eastM` east then `northM` north of `origin`, as two geodesic steps. */
export function eastNorth(origin: [number, number], eastM: number, northM: number): [number, number] {
  const east = eastM === 0 ? origin : offsetLonLat(origin, Math.abs(eastM), eastM > 0 ? 90 : 270);
  return northM === 0 ? east : offsetLonLat(east, Math.abs(northM), northM > 0 ? 0 : 180);
}

export function geodesicDistanceM(a: readonly number[], b: readonly number[]): number {
  return WGS84.Inverse(a[1] as number, a[0] as number, b[1] as number, b[0] as number).s12 ?? NaN;
}

/** Ellipsoidal area of a lon/lat ring, m². */
export function geodesicRingAreaM2(ring: readonly number[][]): number {
  const polygon = new geographiclib.PolygonArea.PolygonArea(WGS84, false);
  for (const p of ring.slice(0, -1)) polygon.AddPoint(p[1] as number, p[0] as number);
  return Math.abs(polygon.Compute(false, true).area ?? NaN);
}
