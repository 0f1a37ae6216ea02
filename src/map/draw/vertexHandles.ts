/**
 * The handles drawn on a plot being reshaped: one per distinct vertex of every ring of every
 * part, and one at the middle of every edge, each with its vertex path [part, ring, index]
 * and its exact position (handles are found on screen, then read back exactly).
 */
import type { Feature, Point, Position } from 'geojson';
import type { Areal } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import type { VertexPath } from '../../geo/edit/vertices.ts';

export function ringsOf(geometry: Areal): Position[][][] {
  return polygonsOf(geometry);
}

function handle(kind: 'vertex' | 'midpoint', part: number, ring: number, index: number, at: Position): Feature<Point> {
  const lon = at[0] as number;
  const lat = at[1] as number;
  return { type: 'Feature', properties: { kind, part, ring, index, lon, lat }, geometry: { type: 'Point', coordinates: [lon, lat] } };
}

export function handlesOf(geometry: Areal): Feature<Point>[] {
  const features: Feature<Point>[] = [];
  ringsOf(geometry).forEach((polygon, part) => polygon.forEach((ringCoords, ring) => {
    const n = ringCoords.length - 1;
    for (let i = 0; i < n; i++) {
      const a = ringCoords[i] as Position;
      const b = ringCoords[i + 1] as Position;
      features.push(handle('vertex', part, ring, i, a));
      // a midpoint handle stands for the edge from vertex i to the next (insertVertex's path)
      features.push(handle('midpoint', part, ring, i, [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2]));
    }
  }));
  return features;
}

/** The path of the vertex at exactly this position, or null. */
export function pathOf(geometry: Areal, at: Position): VertexPath | null {
  const polygons = ringsOf(geometry);
  for (let part = 0; part < polygons.length; part++) {
    const rings = polygons[part] ?? [];
    for (let ring = 0; ring < rings.length; ring++) {
      const index = (rings[ring] ?? []).findIndex((p) => p[0] === at[0] && p[1] === at[1]);
      if (index >= 0) return [part, ring, index];
    }
  }
  return null;
}
