/**
 * The plain-Turf side of the benchmark on the same features: occupancy over districts and
 * parks (all plots, or a random sample extrapolated linearly), one-plot updates, clustersDbscan
 * on the engine's centroids, and turf.area of every plot.
 */
import type { Position } from '../src/domain/geometry.ts';
import type { IndustryCluster } from '../src/domain/plot.ts';
import type { CallTimes } from './engineSide.ts';
import { EPS_M, MIN_POINTS } from './engineSide.ts';
import type { Random } from './changes.ts';
import { sampleIndices } from './changes.ts';
import { bestOfMs, perCallMs, timeMs } from './timing.ts';
import type { ArealFeature, TurfSums } from './turfBaseline.ts';
import { turfDbscan, turfDbscanInput, turfOccupancy, turfPlotUpdate, turfTotalAreaM2 } from './turfBaseline.ts';
import type { BenchFeature, BenchZone } from './zoneInput.ts';

export interface TurfResult {
  /** occupancy time for all plots: measured, or extrapolated from `occupancyPlots` */
  occupancyMs: number;
  /** plots Turf actually clipped */
  occupancyPlots: BenchFeature[];
  extrapolated: boolean;
  sums: Map<string, TurfSums>;
  update: CallTimes;
  dbscanMs: number;
  clustersByIndustry: Map<IndustryCluster, number>;
  areaMs: number;
  totalAreaM2: number;
}

/** The plots Turf clips: all, or a random sample of `sample` plots. */
export function turfOccupancyPlots(plots: readonly BenchFeature[], sample: number | undefined, random: Random): BenchFeature[] {
  const n = plots.length;
  return sample === undefined || sample >= n ? [...plots] : sampleIndices(n, sample, random).map((i) => plots[i] as BenchFeature);
}

function occupancy(zone: BenchZone, areas: readonly ArealFeature[], plots: BenchFeature[]) {
  const n = zone.plots.length;
  turfOccupancy(plots.slice(0, 20), areas); // warm-up
  let sums = new Map<string, TurfSums>();
  const measuredMs = timeMs(() => (sums = turfOccupancy(plots, areas)));
  return { occupancyMs: (measuredMs * n) / plots.length, occupancyPlots: plots, extrapolated: plots.length < n, sums };
}

function dbscanAll(centroids: ReadonlyMap<IndustryCluster, Position[]>): { dbscanMs: number; clustersByIndustry: Map<IndustryCluster, number> } {
  const inputs = [...centroids].map(([industry, points]) => [industry, turfDbscanInput(points)] as const);
  const smallest = inputs.reduce((a, b) => (a[1].features.length <= b[1].features.length ? a : b));
  turfDbscan(smallest[1], EPS_M, MIN_POINTS); // warm-up
  const clustersByIndustry = new Map<IndustryCluster, number>();
  let dbscanMs = 0;
  for (const [industry, points] of inputs) dbscanMs += timeMs(() => clustersByIndustry.set(industry, turfDbscan(points, EPS_M, MIN_POINTS)));
  return { dbscanMs, clustersByIndustry };
}

export function measureTurf(zone: BenchZone, centroids: ReadonlyMap<IndustryCluster, Position[]>, edits: readonly BenchFeature[],
  occupancyPlots: BenchFeature[], repeats: number): TurfResult {
  const areas: ArealFeature[] = [...zone.districts, ...zone.parks];
  let totalAreaM2 = turfTotalAreaM2(zone.plots);
  const areaMs = bestOfMs(repeats, () => (totalAreaM2 = turfTotalAreaM2(zone.plots)));
  const dbscan = dbscanAll(centroids);
  for (let i = 0; i < Math.min(20, edits.length); i++) turfPlotUpdate(edits[i] as BenchFeature, areas); // warm-up
  const update = perCallMs(edits.length, (i) => turfPlotUpdate(edits[i] as BenchFeature, areas));
  return { ...occupancy(zone, areas, occupancyPlots), update, ...dbscan, areaMs, totalAreaM2 };
}
