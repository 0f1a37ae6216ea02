/**
 * The box of a plot's outer rings [minLon, minLat, maxLon, maxLat], as `arealBBox` (bbox.ts)
 * finds it (holes lie inside their shell), in one plain loop: the overlay measures every plot
 * with it, and can write it into a box it reuses.
 */
import type { Areal, BBox, Ring } from '../domain/geometry.ts';

/** Box of the outer rings, as `arealBBox` (bbox.ts) finds it, in one plain loop. */
export function outerRingsBBox(geometry: Areal): BBox {
  return outerRingsBBoxInto(geometry, [0, 0, 0, 0]);
}

/** The same, written into `box`. */
export function outerRingsBBoxInto(geometry: Areal, box: BBox): BBox {
  box[0] = Infinity;
  box[1] = Infinity;
  box[2] = -Infinity;
  box[3] = -Infinity;
  if (geometry.type === 'Polygon') extendByRing(box, geometry.coordinates[0]);
  else for (const polygon of geometry.coordinates) extendByRing(box, polygon[0]);
  return box;
}

function extendByRing(box: BBox, ring: Ring | undefined): void {
  if (ring === undefined) return;
  let minLon = box[0];
  let minLat = box[1];
  let maxLon = box[2];
  let maxLat = box[3];
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as number[];
    const lon = p[0] as number;
    const lat = p[1] as number;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  box[0] = minLon;
  box[1] = minLat;
  box[2] = maxLon;
  box[3] = maxLat;
}
