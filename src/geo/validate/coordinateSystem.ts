/**
 * Tells, for the file as a whole, what its numbers are: longitude/latitude, longitude/latitude
 * in the wrong order, or CGCS2000 Gauss–Krüger metres (easting first, or northing first as in
 * Chinese survey practice where X is north). One decision per file, so that a file is never
 * half swapped. Gauss–Krüger needs the zone: from the 8-digit easting prefix (3° zones 25–45,
 * 6° zones 13–23), from a legacy `crs` member, or from the caller's central meridian option.
 */
import type { PolygonList } from './coordinatesRead.ts';

export type CoordinateDecision =
  | { kind: 'lonlat' }
  | { kind: 'swapped'; sample: number[] }
  | { kind: 'gauss-kruger'; northingFirst: boolean; centralMeridianDeg: number | null; sample: number[] }
  | { kind: 'zone-unknown'; sample: number[] }
  | { kind: 'unknown-projection'; sample: number[] };

/** China, with a margin: longitude 72°–136° E, latitude 17°–55° N. */
const CHINA = { minLon: 72, maxLon: 136, minLat: 17, maxLat: 55 };

/** Easting in metres without prefix: within ±400 km of the 500 000 m false easting. */
function isPlainEasting(v: number): boolean {
  return v >= 100_000 && v <= 900_000;
}

/** Zone of a prefixed easting (zone × 10⁶ + easting), or 0 when it is not one. */
export function eastingZone(v: number): number {
  const zone = Math.floor(v / 1_000_000);
  if (!((zone >= 13 && zone <= 23) || (zone >= 25 && zone <= 45))) return 0;
  return isPlainEasting(v - zone * 1_000_000) ? zone : 0;
}

/** Central meridian of a prefixed zone: 3° zones 25–45 (CM = 3·zone), 6° zones 13–23 (CM = 6·zone − 3). */
export function zoneCentralMeridianDeg(zone: number): number {
  return zone >= 25 ? 3 * zone : 6 * zone - 3;
}

function isEasting(v: number): boolean {
  return isPlainEasting(v) || eastingZone(v) !== 0;
}

/** Northing of latitudes about 9°–58° N. */
function isNorthing(v: number): boolean {
  return v >= 1_000_000 && v <= 6_500_000;
}

interface Tally {
  total: number;
  lonLat: number;
  swappedChina: number;
  eastNorth: number;
  northEast: number;
  plainEasting: number;
  sample: number[] | null;
}

function tally(features: readonly PolygonList[]): Tally {
  const t: Tally = { total: 0, lonLat: 0, swappedChina: 0, eastNorth: 0, northEast: 0, plainEasting: 0, sample: null };
  for (const polygons of features) {
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const p of ring) countPosition(t, p[0] as number, p[1] as number);
      }
    }
  }
  return t;
}

function countPosition(t: Tally, x: number, y: number): void {
  t.total++;
  const lonLat = Math.abs(x) <= 180 && Math.abs(y) <= 90;
  if (lonLat) t.lonLat++;
  else t.sample ??= [x, y];
  if (x >= CHINA.minLat && x <= CHINA.maxLat && y >= CHINA.minLon && y <= CHINA.maxLon) t.swappedChina++;
  if (isEasting(x) && isNorthing(y)) {
    t.eastNorth++;
    if (isPlainEasting(x)) t.plainEasting++;
  } else if (isNorthing(x) && isEasting(y)) {
    t.northEast++;
    if (isPlainEasting(y)) t.plainEasting++;
  }
}

/**
 * Decides how to read the file's coordinates. `knownCentralMeridianDeg` comes from the
 * caller's option or the legacy `crs` member and is needed only for eastings without prefix.
 */
export function decideCoordinateSystem(features: readonly PolygonList[], knownCentralMeridianDeg: number | null): CoordinateDecision {
  const t = tally(features);
  const sample = (t.sample ?? firstPosition(features) ?? [0, 0]).slice();
  if (t.total === 0 || (t.lonLat === t.total && t.swappedChina < t.total)) return { kind: 'lonlat' };
  if (t.swappedChina === t.total) return { kind: 'swapped', sample };
  if (t.eastNorth === t.total || t.northEast === t.total) {
    if (t.plainEasting > 0 && knownCentralMeridianDeg === null) return { kind: 'zone-unknown', sample };
    return { kind: 'gauss-kruger', northingFirst: t.northEast === t.total, centralMeridianDeg: knownCentralMeridianDeg, sample };
  }
  if (t.lonLat === 0 && allLarge(features)) return { kind: 'unknown-projection', sample };
  return { kind: 'lonlat' };
}

function firstPosition(features: readonly PolygonList[]): number[] | null {
  return features[0]?.[0]?.[0]?.[0] ?? null;
}

/** Every position has a value beyond 1 000: metres of some projection, not degrees. */
function allLarge(features: readonly PolygonList[]): boolean {
  for (const polygons of features) {
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const p of ring) if (Math.abs(p[0] as number) <= 1000 && Math.abs(p[1] as number) <= 1000) return false;
      }
    }
  }
  return true;
}
