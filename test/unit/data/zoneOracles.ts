/**
 * Helpers of the sample-data tests: the committed files, GeographicLib areas (the independent
 * oracle for every area in m²) and polygon-clipping on GeoJSON geometries.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { Geodesic } from 'geographiclib-geodesic';
import polygonClipping from 'polygon-clipping';
import type { MultiPolygon as ClipMultiPolygon, Pair } from 'polygon-clipping';

export type ArealFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

export function readDataText(name: string): string {
  return readFileSync(`${DATA_DIR}${name}`, 'utf8');
}

export function readCollection(name: string): ArealFeature[] {
  return (JSON.parse(readDataText(name)) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>).features;
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** GeographicLib geodesic area of one ring (closed), m², signed: positive counter-clockwise. */
export function signedRingAreaM2(ring: readonly Position[]): number {
  const polygon = Geodesic.WGS84.Polygon(false);
  for (const p of ring.slice(0, -1)) polygon.AddPoint(p[1] as number, p[0] as number);
  return polygon.Compute(false, true).area ?? Number.NaN;
}

/** GeographicLib area of a Polygon or MultiPolygon, holes subtracted, m². */
export function areaM2(geometry: Polygon | MultiPolygon): number {
  return clipAreaM2(polygonsOf(geometry));
}

export function clipAreaM2(polygons: readonly (readonly (readonly Position[])[])[]): number {
  let total = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, index) => {
      total += (index === 0 ? 1 : -1) * Math.abs(signedRingAreaM2(ring));
    });
  }
  return total;
}

export function toClip(geometry: Polygon | MultiPolygon): ClipMultiPolygon {
  return polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.map((p): Pair => [p[0] as number, p[1] as number])));
}

export function intersectionAreaM2(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  return clipAreaM2(polygonClipping.intersection(toClip(a), toClip(b)));
}

export function differenceAreaM2(subject: Polygon | MultiPolygon, clip: ClipMultiPolygon): number {
  return clipAreaM2(polygonClipping.difference(toClip(subject), clip));
}

export function unionOf(features: readonly ArealFeature[]): ClipMultiPolygon {
  const [first, ...rest] = features.map((f) => toClip(f.geometry));
  if (!first) return [];
  return polygonClipping.union(first, ...rest);
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boxOf(geometry: Polygon | MultiPolygon): Box {
  const points = polygonsOf(geometry).flat(2);
  const xs = points.map((p) => p[0] as number);
  const ys = points.map((p) => p[1] as number);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/** Pairs of features whose bounding boxes overlap (sweep along x). */
export function overlappingBoxPairs(features: readonly ArealFeature[]): [number, number][] {
  const boxes = features.map((f) => boxOf(f.geometry));
  const order = boxes.map((_, i) => i).sort((i, j) => (boxes[i] as Box).minX - (boxes[j] as Box).minX);
  const pairs: [number, number][] = [];
  order.forEach((i, k) => {
    const a = boxes[i] as Box;
    for (let m = k + 1; m < order.length; m++) {
      const j = order[m] as number;
      const b = boxes[j] as Box;
      if (b.minX > a.maxX) break;
      if (boxesOverlap(a, b)) pairs.push([i, j]);
    }
  });
  return pairs;
}

/** Districts a plot has more than `minAreaM2` in. */
export function districtsOfPlot(plot: ArealFeature, districts: readonly ArealFeature[], minAreaM2: number): string[] {
  const box = boxOf(plot.geometry);
  return districts
    .filter((d) => boxesOverlap(box, boxOf(d.geometry)) && intersectionAreaM2(plot.geometry, d.geometry) > minAreaM2)
    .map((d) => String(d.properties['id']));
}
