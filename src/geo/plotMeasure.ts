/**
 * Box, ellipsoidal area and centroid of a plot in one pass over its coordinates: what the
 * overlay needs of every plot, with the same results, bit for bit, as `outerRingsBBox`
 * (outerBBox.ts), `arealAreaM2` (area.ts) and `arealCentroid` (centroid.ts).
 *
 * A plot is read from memory once instead of three times. Each sum takes the same terms in the
 * same order as in its own function: the area's edges run from the first vertex on and close
 * the ring last (area.ts); the centroid's moments start with the edge from the last vertex to
 * the first (centroid.ts), so that edge is taken before the loop. A Polygon with holes, a
 * MultiPolygon, a ring of fewer than 3 vertices and a degenerate plot (zero moment area) go
 * through the three functions themselves.
 */
import type { Areal, BBox, Position, Ring } from '../domain/geometry.ts';
import { arealAreaM2, edgeTerm } from './area.ts';
import { arealCentroid } from './centroid.ts';
import { authalicOrdinate as authalicY, HALF_B2_M2, RAD_PER_DEG } from './ellipsoid.ts';
import type { LocalProjection } from './localProjection.ts';
import { createLocalProjection, fromLocalM } from './localProjection.ts';
import { outerRingsBBoxInto } from './outerBBox.ts';

/** What `measureArealInto` writes. */
export interface ArealMeasures {
  /** box of the outer rings [minLon, minLat, maxLon, maxLat] */
  bbox: BBox;
  areaM2: number;
  /** a new array for each geometry (callers keep it) */
  centroid: [number, number];
}

/** The three functions, one after the other: the general case. */
function measureApart(geometry: Areal, into: ArealMeasures): ArealMeasures {
  outerRingsBBoxInto(geometry, into.bbox);
  into.areaM2 = arealAreaM2(geometry);
  into.centroid = arealCentroid(geometry);
  return into;
}

/**
 * Writes the box, area (m²) and centroid of `geometry` into `into` and returns it: the values
 * of `outerRingsBBox`, `arealAreaM2` and `arealCentroid`, exactly.
 */
export function measureArealInto(geometry: Areal, into: ArealMeasures): ArealMeasures {
  if (geometry.type !== 'Polygon' || geometry.coordinates.length !== 1) return measureApart(geometry, into);
  const ring = geometry.coordinates[0] as Ring;
  const len = ring.length;
  if (len < 3) return measureApart(geometry, into);
  const first = ring[0] as Position;
  const lon0 = first[0] as number;
  const lat0 = first[1] as number;
  const projection = createLocalProjection(first);
  const { eastMPerDeg, northMPerDeg } = projection;
  const last = ring[len - 1] as Position;
  // the centroid's first edge, from the last vertex to the first (local metres around the first)
  let x0 = ((last[0] as number) - lon0) * eastMPerDeg;
  let y0 = ((last[1] as number) - lat0) * northMPerDeg;
  const xFirst = (lon0 - lon0) * eastMPerDeg;
  const yFirst = (lat0 - lat0) * northMPerDeg;
  let cross = x0 * yFirst - xFirst * y0;
  let momentArea = 0;
  let mx = 0;
  let my = 0;
  momentArea += cross;
  mx += (x0 + xFirst) * cross;
  my += (y0 + yFirst) * cross;
  x0 = xFirst;
  y0 = yFirst;
  // the area's running edge state, Y relative to the first vertex (area.ts)
  const s0 = Math.sin(lat0 * RAD_PER_DEG);
  const yA0 = authalicY(s0);
  let lon1 = lon0;
  let lat1 = lat0;
  let s1 = s0;
  let yA1 = 0;
  let sum = 0;
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  if (lon0 < minLon) minLon = lon0;
  if (lon0 > maxLon) maxLon = lon0;
  if (lat0 < minLat) minLat = lat0;
  if (lat0 > maxLat) maxLat = lat0;
  for (let i = 1; i < len; i++) {
    const p = ring[i] as Position;
    const lon2 = p[0] as number;
    const lat2 = p[1] as number;
    if (lon2 < minLon) minLon = lon2;
    if (lon2 > maxLon) maxLon = lon2;
    if (lat2 < minLat) minLat = lat2;
    if (lat2 > maxLat) maxLat = lat2;
    const s2 = Math.sin(lat2 * RAD_PER_DEG);
    const yA2 = authalicY(s2) - yA0;
    sum += edgeTerm(lon1, lat1, s1, yA1, lon2, lat2, s2, yA2);
    lon1 = lon2;
    lat1 = lat2;
    s1 = s2;
    yA1 = yA2;
    const x1 = (lon2 - lon0) * eastMPerDeg;
    const y1 = (lat2 - lat0) * northMPerDeg;
    cross = x0 * y1 - x1 * y0;
    momentArea += cross;
    mx += (x0 + x1) * cross;
    my += (y0 + y1) * cross;
    x0 = x1;
    y0 = y1;
  }
  if (lon1 !== lon0 || lat1 !== lat0) sum += edgeTerm(lon1, lat1, s1, yA1, lon0, lat0, s0, 0);
  const box = into.bbox;
  box[0] = minLon;
  box[1] = minLat;
  box[2] = maxLon;
  box[3] = maxLat;
  into.areaM2 = Math.abs((-sum / 6) * HALF_B2_M2);
  return centroidInto(geometry, into, momentArea / 2, mx / 6, my / 6, projection);
}

/** The centroid from the ring's moments, as `arealCentroid` finishes it. */
function centroidInto(geometry: Areal, into: ArealMeasures, ringArea: number, ringX: number, ringY: number, projection: LocalProjection): ArealMeasures {
  const sign = ringArea >= 0 ? 1 : -1;
  const area = 0 + sign * ringArea;
  const mx = 0 + sign * ringX;
  const my = 0 + sign * ringY;
  if (!(Math.abs(area) > 0)) {
    into.centroid = arealCentroid(geometry);
    return into;
  }
  into.centroid = fromLocalM(projection, mx / area, my / area);
  return into;
}
