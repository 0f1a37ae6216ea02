/**
 * The plain-Turf approach the engine is measured against: every plot against every district
 * and park with booleanIntersects, intersect and area, summed by status; clustersDbscan per
 * industry. This is what a straightforward implementation on Turf alone would do. It uses the
 * model's definitions (supplied = developable land with a supplied status, DESIGN.md §3) so its
 * sums can be checked against the engine's.
 */
import { area, booleanIntersects, clustersDbscan, featureCollection, intersect, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { isDevelopableLandUse } from '../src/domain/landUse.ts';

export type ArealFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

const SUPPLIED = new Set(['allocated', 'under-construction', 'built', 'idle']);

export interface TurfSums {
  plottedM2: number;
  suppliedM2: number;
  builtM2: number;
}

export function emptySums(): TurfSums {
  return { plottedM2: 0, suppliedM2: 0, builtM2: 0 };
}

/** Clipped area of one plot in one area, the Turf way (0 when they do not intersect). */
export function turfClippedAreaM2(plot: ArealFeature, zoneArea: ArealFeature): number {
  if (!booleanIntersects(plot, zoneArea)) return 0;
  const piece = intersect(featureCollection([plot, zoneArea]));
  return piece === null ? 0 : area(piece);
}

/** Adds a clipped piece of a plot to the sums, by the plot's land use and status. */
export function addPlot(sums: TurfSums, properties: Readonly<Record<string, unknown>>, clippedM2: number): void {
  const status = String(properties.status ?? '');
  const landUse = properties.landUse;
  sums.plottedM2 += clippedM2;
  if (!SUPPLIED.has(status) || !isDevelopableLandUse(typeof landUse === 'string' ? landUse : undefined)) return;
  sums.suppliedM2 += clippedM2;
  if (status === 'built') sums.builtM2 += clippedM2;
}

/** Occupancy sums per district and park id, every plot clipped against every area. */
export function turfOccupancy(plots: readonly ArealFeature[], areas: readonly ArealFeature[]): Map<string, TurfSums> {
  const sums = new Map<string, TurfSums>();
  for (const zoneArea of areas) sums.set(String(zoneArea.properties.id), emptySums());
  for (const plot of plots) {
    for (const zoneArea of areas) {
      const clippedM2 = turfClippedAreaM2(plot, zoneArea);
      if (clippedM2 > 0) addPlot(sums.get(String(zoneArea.properties.id)) as TurfSums, plot.properties, clippedM2);
    }
  }
  return sums;
}

/** The Turf way to update after one plot changed: clip that plot against every area again. */
export function turfPlotUpdate(plot: ArealFeature, areas: readonly ArealFeature[]): number {
  let totalM2 = 0;
  for (const zoneArea of areas) totalM2 += turfClippedAreaM2(plot, zoneArea);
  return totalM2;
}

/** Centroids (lon/lat) as the point collection clustersDbscan takes; built outside the timing. */
export function turfDbscanInput(centroids: readonly (readonly number[])[]): FeatureCollection<Point> {
  return featureCollection(centroids.map((c) => point([c[0] as number, c[1] as number])));
}

/** Number of clusters clustersDbscan finds (eps in metres; it clones its input, as by default). */
export function turfDbscan(points: FeatureCollection<Point>, epsM: number, minPoints: number): number {
  const result = clustersDbscan(points, epsM / 1000, { minPoints, units: 'kilometers' });
  let clusters = 0;
  for (const f of result.features) clusters = Math.max(clusters, (f.properties.cluster ?? -1) + 1);
  return clusters;
}

export function turfTotalAreaM2(plots: readonly ArealFeature[]): number {
  let sum = 0;
  for (const plot of plots) sum += area(plot);
  return sum;
}
