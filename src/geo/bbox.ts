/**
 * Bounding boxes [minLon, minLat, maxLon, maxLat] of areal geometries, and their relations.
 * Touching boxes (a shared edge or corner) count as intersecting.
 */
import type { Areal, BBox, Ring } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';

/** An empty box that any `extendBBox` replaces. */
export function emptyBBox(): BBox {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

/** Grows `box` in place to cover every vertex of `ring`; returns `box`. */
export function extendBBox(box: BBox, ring: Ring): BBox {
  let [minLon, minLat, maxLon, maxLat] = box;
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
  return box;
}

/** Box of the outer rings of a Polygon or MultiPolygon (holes lie inside their shell). */
export function arealBBox(geometry: Areal): BBox {
  const box = emptyBBox();
  for (const polygon of polygonsOf(geometry)) {
    const outer = polygon[0];
    if (outer !== undefined) extendBBox(box, outer);
  }
  return box;
}

/** True when the boxes share at least one point. */
export function bboxesIntersect(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** True when `inner` lies within `outer` (edges may coincide). */
export function bboxContains(outer: BBox, inner: BBox): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** True when the box is empty (no vertex was added). */
export function bboxIsEmpty(box: BBox): boolean {
  return !(box[0] <= box[2] && box[1] <= box[3]);
}
