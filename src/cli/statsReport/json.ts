import type { StatsReport } from './report.ts';

/** The stats as plain JSON: every figure with its unit in its name, names resolved. */
export function statsJson(report: StatsReport): unknown {
  const { stats, nameOf } = report;
  const named = <T extends { areaId: string }>(row: T): T & { name: string } => ({ ...row, name: nameOf(row.areaId) });
  const compliance = Object.fromEntries(
    [...report.compliance].map(([areaId, byIndicator]) => [areaId, Object.fromEntries(byIndicator)]),
  );
  return {
    thresholds: report.thresholds,
    zone: named(stats.zone),
    districts: stats.districts.map(named),
    parks: stats.parks.map(named),
    clusters: stats.clusters.map(named),
    agglomeration: stats.agglomeration,
    efficiency: stats.efficiency.map(named),
    compliance,
  };
}
