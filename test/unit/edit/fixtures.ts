/** Frozen plot factories for the edit tests, sized in metres around a corner at 117° E 34° N. */
import type { Areal, PolygonGeometry, Position, Ring } from '../../../src/domain/geometry.ts';
import type { Plot } from '../../../src/domain/plot.ts';
import { parsePlotAttributes } from '../../../src/domain/parse.ts';

export const LON0 = 117;
export const LAT0 = 34;
/** rough metres per degree at 34° N: only to size the shapes; oracles read the degrees */
const M_PER_DEG_LAT = 110_950;
const M_PER_DEG_LON = 111_320 * Math.cos((LAT0 * Math.PI) / 180);

/** [lon, lat] of the point eM east and nM north of the corner. */
export function at(eM: number, nM: number): Position {
  return [LON0 + eM / M_PER_DEG_LON, LAT0 + nM / M_PER_DEG_LAT];
}

/** A closed ring through the given [eastM, northM] offsets. */
export function ringM(offsets: readonly [number, number][]): Ring {
  const ring = offsets.map(([e, n]) => at(e, n));
  ring.push([...(ring[0] as Position)]);
  return ring;
}

export function polygonM(...rings: (readonly [number, number][])[]): PolygonGeometry {
  return { type: 'Polygon', coordinates: rings.map(ringM) };
}

/** The axis-aligned rectangle [west, south] – [east, north] in metres, anticlockwise. */
export function rectM(w: number, s: number, e: number, n: number): PolygonGeometry {
  return polygonM([[w, s], [e, s], [e, n], [w, n]]);
}

/** A plot whose bag holds its id, the given properties and an unknown key. */
export function plotOf(id: string, geometry: Areal, properties: Record<string, unknown> = {}): Plot {
  const bag = { id, landUse: '1001', status: 'allocated', 备注: 'kept verbatim', ...properties };
  return Object.freeze({ id, geometry, attributes: parsePlotAttributes(bag), properties: Object.freeze(bag) });
}

/** Every [lon, lat] of a geometry, as "lon,lat" keys. */
export function vertexKeys(geometry: Areal): Set<string> {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return new Set(polygons.flat(2).map((p) => `${p[0]},${p[1]}`));
}
