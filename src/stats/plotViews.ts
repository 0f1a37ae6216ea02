/**
 * Views over the engine's plots that need every plot at once (so they are computed on demand
 * and memoised, not kept incrementally): A–D classes, per-plot figures, DBSCAN input, hexagons.
 */
import type { AreaShare, PlotFootprint } from '../domain/footprint.ts';
import type { IndustryCluster, Plot } from '../domain/plot.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { ClassCandidate } from './classes.ts';
import { assignClasses } from './classes.ts';
import { complianceOf } from './compliance.ts';
import { isSuppliedPlot } from './contribution.ts';
import { plotEfficiency } from './efficiency.ts';
import type { ClusterablePlot } from './spatialClusters.ts';
import type { EfficiencyClass, PlotFigures } from './types.ts';

export interface PlotEntry {
  plot: Plot;
  footprint: PlotFootprint;
}

/** Classes of the built plots with an enterprise and a tax per 亩 (classes.ts). */
export function classesOf(entries: Iterable<PlotEntry>): Map<string, EfficiencyClass> {
  const candidates: ClassCandidate[] = [];
  for (const { plot, footprint } of entries) {
    const a = plot.attributes;
    if (a.status !== 'built' || a.enterprise === undefined || a.enterprise === '') continue;
    const taxWanYuanPerMu = plotEfficiency(a, footprint.areaM2).taxWanYuanPerMu;
    if (taxWanYuanPerMu !== null) candidates.push({ plotId: plot.id, taxWanYuanPerMu });
  }
  return assignClasses(candidates);
}

function idsLargestFirst(shares: readonly AreaShare[]): string[] {
  return shares
    .filter((s) => s.areaM2 > 0)
    .sort((a, b) => b.areaM2 - a.areaM2)
    .map((s) => s.areaId);
}

export function plotFiguresOf(entry: PlotEntry, thresholds: ThresholdPreset, efficiencyClass: EfficiencyClass | null): PlotFigures {
  const efficiency = plotEfficiency(entry.plot.attributes, entry.footprint.areaM2);
  return {
    plotId: entry.plot.id,
    areaM2: entry.footprint.areaM2,
    efficiency,
    compliance: complianceOf(efficiency, thresholds),
    efficiencyClass,
    districtIds: idsLargestFirst(entry.footprint.districtShares),
    parkIds: idsLargestFirst(entry.footprint.parkShares),
  };
}

function hasFiniteCentroid(footprint: PlotFootprint): boolean {
  return Number.isFinite(footprint.centroid[0]) && Number.isFinite(footprint.centroid[1]);
}

function isSuppliedTo(plot: Plot, industry: IndustryCluster): boolean {
  return plot.attributes.industry === industry && isSuppliedPlot(plot.attributes);
}

/** Plots supplied to one industry (as in cluster density), with a usable centroid, as DBSCAN input. */
export function clusterablePlots(entries: Iterable<PlotEntry>, industry: IndustryCluster): ClusterablePlot[] {
  const result: ClusterablePlot[] = [];
  for (const { plot, footprint } of entries) {
    if (!isSuppliedTo(plot, industry) || !hasFiniteCentroid(footprint)) continue;
    result.push({ plotId: plot.id, centroid: footprint.centroid, areaM2: footprint.areaM2 });
  }
  return result;
}

/** Every plot with a usable centroid, as hexagon-grid input. */
export function gridPoints(entries: Iterable<PlotEntry>): Array<{ centroid: [number, number]; areaM2: number }> {
  const result: Array<{ centroid: [number, number]; areaM2: number }> = [];
  for (const { footprint } of entries) {
    if (hasFiniteCentroid(footprint)) result.push({ centroid: footprint.centroid, areaM2: footprint.areaM2 });
  }
  return result;
}
