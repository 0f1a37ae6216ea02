/** Frozen shape factories for the geo tests, sized in metres around a [lon, lat] corner. */
import type { Areal, MultiPolygonGeometry, PolygonGeometry, Ring } from '../../../src/domain/geometry.ts';

const M_PER_DEG_LAT = 111_000;

function degLon(m: number, lat: number): number {
  return m / (M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
}

function degLat(m: number): number {
  return m / M_PER_DEG_LAT;
}

/** A ring from [eastM, northM] offsets of a corner (closed). */
export function ringFromOffsets(lon: number, lat: number, offsetsM: [number, number][]): Ring {
  const ring = offsetsM.map(([e, n]) => [lon + degLon(e, lat), lat + degLat(n)]);
  ring.push([...(ring[0] as number[])]);
  return ring;
}

export function polygon(...rings: Ring[]): PolygonGeometry {
  return Object.freeze({ type: 'Polygon', coordinates: rings });
}

export function multiPolygon(...parts: PolygonGeometry[]): MultiPolygonGeometry {
  return Object.freeze({ type: 'MultiPolygon', coordinates: parts.map((part) => part.coordinates) });
}

/** Counter-clockwise square of side sizeM with its south-west corner at [lon, lat]. */
export function squareM(lon: number, lat: number, sizeM: number): PolygonGeometry {
  return polygon(ringFromOffsets(lon, lat, [[0, 0], [sizeM, 0], [sizeM, sizeM], [0, sizeM]]));
}

/** An L: the square of side sizeM without its north-east quarter. */
export function lShapeM(lon: number, lat: number, sizeM: number): PolygonGeometry {
  const h = sizeM / 2;
  return polygon(ringFromOffsets(lon, lat, [[0, 0], [sizeM, 0], [sizeM, h], [h, h], [h, sizeM], [0, sizeM]]));
}

/** A scalene triangle spanning sizeM east and north. */
export function triangleM(lon: number, lat: number, sizeM: number): PolygonGeometry {
  return polygon(ringFromOffsets(lon, lat, [[0, 0], [sizeM, 0.3 * sizeM], [0.2 * sizeM, sizeM]]));
}

/** Box in degrees: [west, south, east, north], counter-clockwise. */
export function box(west: number, south: number, east: number, north: number): PolygonGeometry {
  return polygon([[west, south], [east, south], [east, north], [west, north], [west, south]]);
}

/** Every shape the area oracle tests cover. */
export const SHAPES: Record<string, (lon: number, lat: number, sizeM: number) => Areal> = {
  square: squareM,
  'L-shape': lShapeM,
  triangle: triangleM,
};
