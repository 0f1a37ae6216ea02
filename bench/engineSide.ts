/**
 * The engine's side of the benchmark: parsing the features into the model (timed on its own),
 * full recompute from the model (overlay + footprints + contributions + aggregates + stats(),
 * and with every view), one-plot updates, DBSCAN per industry called directly (no memo), area
 * of all plots, and the figures the agreement check compares with Turf.
 */
import type { Position } from '../src/domain/geometry.ts';
import { INDUSTRY_CLUSTERS, type IndustryCluster, type Plot } from '../src/domain/plot.ts';
import { featureIdOf, toDistrict, toPark, toPlot } from '../src/domain/parse.ts';
import { EXAMPLE_THRESHOLDS } from '../src/domain/thresholds.ts';
import { arealAreaM2 } from '../src/geo/area.ts';
import { dbscan } from '../src/stats/dbscan.ts';
import type { ZoneEngine } from '../src/stats/engine.ts';
import type { ZoneSource } from '../src/stats/engineFromOverlay.ts';
import { createZoneEngineForZone } from '../src/stats/engineFromOverlay.ts';
import type { PlotEntry } from '../src/stats/plotViews.ts';
import { clusterablePlots } from '../src/stats/plotViews.ts';
import { bestOfMs, perCallMs, timeMs } from './timing.ts';
import type { TurfSums } from './turfBaseline.ts';
import { addPlot, emptySums } from './turfBaseline.ts';
import type { BenchFeature, BenchZone } from './zoneInput.ts';

export const EPS_M = 300;
export const MIN_POINTS = 3;
/**
 * Builds from the model before the recompute is timed, counting the first (cold) one: V8 only
 * finishes optimising the build (new shapes at a larger zone, the clipper's general path) over
 * several builds, so the timed figure is the recompute of a warmed-up engine, as in the app after
 * its first edits.
 */
export const WARM_UP_BUILDS = 3;

export interface CallTimes {
  medianMs: number;
  p99Ms: number;
}

export interface EngineResult {
  /** features → model (toDistrict, toPark, toPlot), on its own */
  parseMs: number;
  /** from the model: overlay + footprints + contributions + aggregates + stats() */
  fullRecomputeMs: number;
  allIndicatorsMs: number;
  update: CallTimes;
  updateWithStats: CallTimes;
  dbscanMs: number;
  areaMs: number;
  /** the first (cold) build + stats, for the record */
  coldBuildMs: number;
  clustersByIndustry: Map<IndustryCluster, number>;
  totalAreaM2: number;
  zoneSuppliedM2: number;
  zonePlottedM2: number;
}

/** The planning model of the zone: its features parsed as the app and the CLI parse them (src/io/zoneEngine.ts). */
export function parseZone(zone: BenchZone): ZoneSource {
  return {
    districts: zone.districts.map(toDistrict),
    parks: zone.parks.map(toPark),
    plots: zone.plots.map(toPlot),
    thresholds: EXAMPLE_THRESHOLDS,
  };
}

/** Full recompute from the model: what `buildZoneEngine` (src/io/zoneEngine.ts) does after parsing. */
export function buildEngine(model: ZoneSource): ZoneEngine {
  return createZoneEngineForZone(model).engine;
}

function allIndicators(model: ZoneSource): void {
  const engine = buildEngine(model);
  engine.stats();
  engine.classes();
  engine.clusters();
  engine.hexGrid();
}

function entriesOf(engine: ZoneEngine, plots: readonly BenchFeature[]): PlotEntry[] {
  return plots.map((feature) => {
    const id = featureIdOf(feature);
    const plot = engine.plot(id);
    const footprint = engine.footprint(id);
    if (plot === undefined || footprint === undefined) throw new Error(`plot ${id} is missing from the engine`);
    return { plot, footprint };
  });
}

/** Centroids of the plots supplied to each industry: the DBSCAN input of both sides. */
export function centroidsByIndustry(engine: ZoneEngine, plots: readonly BenchFeature[]): Map<IndustryCluster, Position[]> {
  const entries = entriesOf(engine, plots);
  return new Map(INDUSTRY_CLUSTERS.map((industry) => [industry, clusterablePlots(entries, industry).map((p) => p.centroid)]));
}

/** Occupancy sums over some plots from the engine's clipped shares, by Turf's definitions. */
export function engineSums(engine: ZoneEngine, plots: readonly BenchFeature[]): Map<string, TurfSums> {
  const sums = new Map<string, TurfSums>();
  for (const { plot, footprint } of entriesOf(engine, plots)) {
    for (const share of [...footprint.districtShares, ...footprint.parkShares]) {
      let areaSums = sums.get(share.areaId);
      if (areaSums === undefined) sums.set(share.areaId, (areaSums = emptySums()));
      if (share.areaM2 > 0) addPlot(areaSums, plot.properties, share.areaM2);
    }
  }
  return sums;
}

function dbscanAll(centroids: ReadonlyMap<IndustryCluster, Position[]>): Map<IndustryCluster, number> {
  const counts = new Map<IndustryCluster, number>();
  for (const [industry, points] of centroids) counts.set(industry, dbscan(points, { epsM: EPS_M, minPts: MIN_POINTS }).clusterCount);
  return counts;
}

function totalAreaM2(plots: readonly BenchFeature[]): number {
  let sum = 0;
  for (const plot of plots) sum += arealAreaM2(plot.geometry);
  return sum;
}

function timeUpdates(engine: ZoneEngine, edits: readonly Plot[], withStats: boolean): CallTimes {
  const warmUp = Math.min(200, edits.length);
  for (let i = 0; i < warmUp; i++) engine.upsertPlot(edits[i] as Plot);
  return perCallMs(edits.length, (i) => {
    engine.upsertPlot(edits[i] as Plot);
    if (withStats) engine.stats();
  });
}

/**
 * Measures the engine on one zone. `engine` is a built engine of the zone (the first warm-up
 * build; WARM_UP_BUILDS − 1 more are made before the recompute is timed);
 * it is changed by the update runs. `edits` are the changed plots replayed as updates.
 */
export function measureEngine(zone: BenchZone, model: ZoneSource, engine: ZoneEngine, centroids: ReadonlyMap<IndustryCluster, Position[]>,
  edits: readonly BenchFeature[], repeats: number, coldBuildMs: number): EngineResult {
  const stats = engine.stats();
  const parseMs = bestOfMs(repeats, () => parseZone(zone));
  for (let i = 1; i < WARM_UP_BUILDS; i++) buildEngine(model).stats();
  const fullRecomputeMs = bestOfMs(repeats, () => buildEngine(model).stats());
  allIndicators(model);
  const allIndicatorsMs = bestOfMs(repeats, () => allIndicators(model));
  let clustersByIndustry = dbscanAll(centroids);
  const dbscanMs = bestOfMs(repeats, () => (clustersByIndustry = dbscanAll(centroids)));
  let total = totalAreaM2(zone.plots);
  const areaMs = bestOfMs(repeats, () => (total = totalAreaM2(zone.plots)));
  const editPlots = edits.map(toPlot);
  const update = timeUpdates(engine, editPlots, false);
  const updateWithStats = timeUpdates(engine, editPlots, true);
  return {
    parseMs, fullRecomputeMs, allIndicatorsMs, update, updateWithStats, dbscanMs, areaMs, coldBuildMs, clustersByIndustry,
    totalAreaM2: total, zoneSuppliedM2: stats.zone.suppliedAreaM2, zonePlottedM2: stats.zone.plottedAreaM2,
  };
}

/** The warm-up: the zone parsed and its first engine built, cold, and the time both took. */
export function firstBuild(zone: BenchZone): { model: ZoneSource; engine: ZoneEngine; coldBuildMs: number } {
  let model: ZoneSource | undefined;
  let engine: ZoneEngine | undefined;
  const coldBuildMs = timeMs(() => {
    model = parseZone(zone);
    engine = buildEngine(model);
    engine.stats();
  });
  return { model: model as ZoneSource, engine: engine as ZoneEngine, coldBuildMs };
}
