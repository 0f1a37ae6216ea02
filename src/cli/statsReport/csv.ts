import { renderCsv } from '../format/csv.ts';
import type { StatsReport } from './report.ts';

const OCCUPANCY = ['landAreaM2', 'plotCount', 'plottedAreaM2', 'developableAreaM2', 'suppliedAreaM2', 'builtAreaM2',
  'idleAreaM2', 'vacantAreaM2', 'industrialAreaM2', 'occupancyRatio', 'builtRatio', 'idleRatio', 'coverageRatio',
  'industrialLandRatio', 'standardFactoryOccupancyRatio'] as const;
const CLUSTER = ['enterpriseCount', 'clusterAreaM2', 'outputWanYuanPerYear', 'densityPerKm2', 'areaShare', 'locationQuotient'] as const;
const EFFICIENCY = ['investmentWanYuanPerMu', 'outputWanYuanPerMu', 'taxWanYuanPerMu', 'floorAreaRatio',
  'buildingCoverageRatio', 'greenRatio', 'adminRatio'] as const;

/**
 * One wide CSV: a row per zone, district and park (occupancy and efficiency columns filled)
 * and a row per district × cluster (cluster columns filled). Ratios in 0..1, empty = no data.
 */
export function renderStatsCsv(report: StatsReport): string {
  const { stats, nameOf } = report;
  const efficiencyOf = new Map(stats.efficiency.map((e) => [e.areaId, e]));
  const blank = (n: number): null[] => new Array<null>(n).fill(null);
  const areaRows = [
    ['zone', stats.zone] as const,
    ...stats.districts.map((d) => ['district', d] as const),
    ...stats.parks.map((p) => ['park', p] as const),
  ].map(([level, o]) => {
    const e = efficiencyOf.get(o.areaId);
    return [level, o.areaId, nameOf(o.areaId), null, ...OCCUPANCY.map((k) => o[k]), ...blank(CLUSTER.length),
      ...EFFICIENCY.map((k) => e?.[k] ?? null)];
  });
  const clusterRows = stats.clusters.map((c) => ['cluster', c.areaId, nameOf(c.areaId), c.industry,
    ...blank(OCCUPANCY.length), ...CLUSTER.map((k) => c[k]), ...blank(EFFICIENCY.length)]);
  return renderCsv(['level', 'areaId', 'name', 'industry', ...OCCUPANCY, ...CLUSTER, ...EFFICIENCY], [...areaRows, ...clusterRows]);
}
