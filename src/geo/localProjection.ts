/**
 * A local tangent-plane approximation around an origin: lon/lat degrees ↔ east/north metres on
 * the WGS 84 ellipsoid (equirectangular with the meridian and prime-vertical radii of the
 * origin). Distortion grows as (distance / 6 400 km)²; at 5 km it is below 1e-6 relative, which
 * suffices for centroids, tolerances and drawing aids. Areas come from area.ts, not from here.
 */
import type { Position } from '../domain/geometry.ts';
import { RAD_PER_DEG, WGS84_A_M as A_M, WGS84_E2 as E2 } from './ellipsoid.ts';

export interface LocalProjection {
  originLon: number;
  originLat: number;
  /** metres per degree of longitude at the origin */
  eastMPerDeg: number;
  /** metres per degree of latitude at the origin */
  northMPerDeg: number;
}

/** The projection centred on [lon, lat]. */
export function createLocalProjection(origin: Position): LocalProjection {
  const originLon = origin[0] as number;
  const originLat = origin[1] as number;
  const phi = originLat * RAD_PER_DEG;
  const sin = Math.sin(phi);
  const w2 = 1 - E2 * sin * sin;
  const primeVerticalM = A_M / Math.sqrt(w2);
  const meridianM = (A_M * (1 - E2)) / (w2 * Math.sqrt(w2));
  return {
    originLon,
    originLat,
    eastMPerDeg: primeVerticalM * Math.cos(phi) * RAD_PER_DEG,
    northMPerDeg: meridianM * RAD_PER_DEG,
  };
}

/** [lon, lat] → [eastM, northM] from the origin. */
export function toLocalM(projection: LocalProjection, point: Position): [number, number] {
  return [
    ((point[0] as number) - projection.originLon) * projection.eastMPerDeg,
    ((point[1] as number) - projection.originLat) * projection.northMPerDeg,
  ];
}

/** [eastM, northM] from the origin → [lon, lat]. */
export function fromLocalM(projection: LocalProjection, eastM: number, northM: number): [number, number] {
  return [
    projection.originLon + eastM / projection.eastMPerDeg,
    projection.originLat + northM / projection.northMPerDeg,
  ];
}
