/**
 * The box of a plot's outer rings [minLon, minLat, maxLon, maxLat], as `arealBBox` (bbox.ts)
 * finds it (holes lie inside their shell), in one plain loop: the overlay measures every plot
 * with it, and can write it into a box it reuses.
 */
import type { Areal, BBox, Ring } from '../domain/geometry.ts';
import { extendBBox } from './bbox.ts';

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
  if (geometry.type === 'Polygon') extendByOuterRing(box, geometry.coordinates[0]);
  else for (const polygon of geometry.coordinates) extendByOuterRing(box, polygon[0]);
  return box;
}

function extendByOuterRing(box: BBox, ring: Ring | undefined): void {
  if (ring !== undefined) extendBBox(box, ring);
}
