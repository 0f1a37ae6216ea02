/**
 * A fixed reference point of the zone: the centre of the bounding box of its districts. The
 * hexagon grid is anchored there, so the hexagons stay put while plots are drawn and edited.
 */
import type { Position } from '../domain/geometry.ts';
import type { District } from '../domain/zone.ts';
import { arealBBox } from '../geo/bbox.ts';

/** [lon, lat] of the centre of the districts' box; undefined without districts. */
export function zoneCentre(districts: readonly District[]): Position | undefined {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const district of districts) {
    const [w, s, e, n] = arealBBox(district.geometry);
    minLon = Math.min(minLon, w);
    minLat = Math.min(minLat, s);
    maxLon = Math.max(maxLon, e);
    maxLat = Math.max(maxLat, n);
  }
  if (!(minLon <= maxLon && minLat <= maxLat)) return undefined;
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}
