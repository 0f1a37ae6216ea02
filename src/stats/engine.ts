/**
 * The zone engine: every figure of DESIGN.md §3 for a set of plots, kept up to date plot by plot.
 *
 * It builds each plot's contribution once (packed, contributionPacked.ts: the values of
 * contribution.ts in a third of the memory) into running sums (aggregator.ts);
 * `upsertPlot` / `removePlot` subtract the old contribution and add the new one, so a change of
 * one plot costs O(its districts and parks), never a zone recompute. `stats()` reads ratios from
 * the sums and is memoised until the next change; classes, clusters and hexagons need all plots
 * and are recomputed lazily on the first call after a change.
 *
 * Geometry comes in through two functions (dependency injection): `footprintOf(plot)` (area,
 * clipped shares, centroid: the geo layer's overlay) and `landAreaM2(areaId, level)`. See
 * engineFromOverlay.ts for the wiring to the geo layer. Plots are keyed by id: a second plot with
 * the same id replaces the first.
 */
import type { PlotFootprint } from '../domain/footprint.ts';
import type { IndustryCluster, Plot } from '../domain/plot.ts';
import { INDUSTRY_CLUSTERS } from '../domain/plot.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { District, Park } from '../domain/zone.ts';
import { createSumAggregator } from './aggregator.ts';
import type { ContributionOptions } from './contribution.ts';
import type { PackedPlot } from './contributionPacked.ts';
import { packPlot } from './contributionPacked.ts';
import type { DbscanOptions } from './dbscan.ts';
import { zoneCentre } from './zoneCentre.ts';
import { DEFAULT_HEX_CELL_SIZE_M, hexGrid } from './hexGrid.ts';
import { classesOf, clusterablePlots, gridPoints, plotFiguresOf } from './plotViews.ts';
import { spatialClusters } from './spatialClusters.ts';
import type { EfficiencyClass, HexCell, PlotFigures, SpatialCluster, ZoneStats } from './types.ts';
import { buildZoneStats } from './zoneStats.ts';
import type { ZoneLayout } from './zoneStats.ts';

export interface ZoneEngineInput {
  districts: readonly District[];
  parks: readonly Park[];
  plots: readonly Plot[];
  thresholds: ThresholdPreset;
  footprintOf: (plot: Plot) => PlotFootprint;
  /** land area of a district or park itself, m² */
  landAreaM2: (areaId: string, level: 'district' | 'park') => number;
}

export interface ZoneEngine {
  /** every district, park and zone figure; the same object until the next change */
  stats(): ZoneStats;
  /** adds a plot, or replaces the plot with the same id */
  upsertPlot(plot: Plot): void;
  /** false when no plot has that id */
  removePlot(plotId: string): boolean;
  plot(plotId: string): Plot | undefined;
  footprint(plotId: string): PlotFootprint | undefined;
  plotCount(): number;
  /** ids of the plots, in the order they were first added */
  plotIds(): string[];
  /** per-plot area, efficiency, compliance, class; undefined for an unknown id */
  plotFigures(plotId: string): PlotFigures | undefined;
  /** DBSCAN clusters of the plots supplied to one industry, or to each industry in turn */
  clusters(industry?: IndustryCluster, options?: DbscanOptions): SpatialCluster[];
  hexGrid(cellSizeM?: number): HexCell[];
  /** A–D class of each ranked plot (built, with an enterprise and tax data) */
  classes(): ReadonlyMap<string, EfficiencyClass>;
  thresholds(): ThresholdPreset;
  setThresholds(thresholds: ThresholdPreset): void;
}

export function createZoneEngine(input: ZoneEngineInput): ZoneEngine {
  const layout: ZoneLayout = {
    districts: input.districts.map((d) => ({ id: d.id, landAreaM2: input.landAreaM2(d.id, 'district') })),
    parks: input.parks.map((p) => ({ id: p.id, landAreaM2: input.landAreaM2(p.id, 'park') })),
  };
  const options: ContributionOptions = { zoneBasis: input.districts.length > 0 ? 'districts' : 'plot' };
  const hexOrigin = zoneCentre(input.districts);
  const aggregator = createSumAggregator();
  // each entry keeps the contribution it added (packed, contributionPacked.ts), so removal takes
  // back exactly that, even if a caller mutated the plot object in place before upserting it again
  const entries = new Map<string, PackedPlot>();
  let thresholds = input.thresholds;
  let statsMemo: ZoneStats | undefined;
  let classesMemo: Map<string, EfficiencyClass> | undefined;
  const viewMemo = new Map<string, SpatialCluster[] | HexCell[]>();
  const changed = (): void => {
    statsMemo = undefined;
    classesMemo = undefined;
    viewMemo.clear();
  };
  const remove = (plotId: string): boolean => {
    const old = entries.get(plotId);
    if (old === undefined) return false;
    aggregator.remove(old);
    entries.delete(plotId);
    return true;
  };
  const upsert = (plot: Plot): void => {
    const entry = packPlot(plot, input.footprintOf(plot), options, aggregator.areaIndex);
    const old = entries.get(plot.id);
    if (old !== undefined) aggregator.remove(old);
    aggregator.add(entry);
    entries.set(plot.id, entry);
  };
  for (const plot of input.plots) upsert(plot);
  const classes = (): Map<string, EfficiencyClass> => (classesMemo ??= classesOf(entries.values()));
  const memoised = <T extends SpatialCluster[] | HexCell[]>(key: string, compute: () => T): T => {
    const hit = viewMemo.get(key);
    if (hit !== undefined) return hit as T;
    const value = compute();
    viewMemo.set(key, value);
    return value;
  };
  return {
    stats: () => (statsMemo ??= buildZoneStats(aggregator, layout)),
    upsertPlot: (plot) => {
      upsert(plot);
      changed();
    },
    removePlot: (plotId) => {
      const removed = remove(plotId);
      if (removed) changed();
      return removed;
    },
    plot: (plotId) => entries.get(plotId)?.plot,
    footprint: (plotId) => entries.get(plotId)?.footprint,
    plotCount: () => entries.size,
    plotIds: () => [...entries.keys()],
    plotFigures: (plotId) => {
      const entry = entries.get(plotId);
      return entry === undefined ? undefined : plotFiguresOf(entry, thresholds, classes().get(plotId) ?? null);
    },
    clusters: (industry, dbscanOptions = {}) =>
      memoised(`clusters|${industry ?? '*'}|${dbscanOptions.epsM ?? ''}|${dbscanOptions.minPts ?? ''}`, () =>
        (industry === undefined ? INDUSTRY_CLUSTERS : [industry]).flatMap((i) =>
          spatialClusters(i, clusterablePlots(entries.values(), i), dbscanOptions))),
    hexGrid: (cellSizeM = DEFAULT_HEX_CELL_SIZE_M) =>
      memoised(`hex|${cellSizeM}`, () => hexGrid(gridPoints(entries.values()), hexOrigin === undefined ? { cellSizeM } : { cellSizeM, origin: hexOrigin })),
    classes,
    thresholds: () => thresholds,
    setThresholds: (preset) => {
      thresholds = preset;
    },
  };
}
