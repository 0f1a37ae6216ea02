/**
 * Review's cluster table (per district × industry, then the zone rows: enterprises, area,
 * density, area share, location quotient) and the chart of each district's cluster shares.
 */
import { INDUSTRY_CLUSTERS, type IndustryCluster } from '../domain/plot.ts';
import { M2_PER_MU } from '../domain/units.ts';
import type { ZoneStats } from '../stats/types.ts';
import { areaName, type AreaFeatures } from './reviewNames.ts';
import { bilingual, column, type ReviewChart, type ReviewColumn, type ReviewTable } from './reviewTable.ts';
import { THEMES } from './themes.ts';

const COLUMNS: readonly ReviewColumn[] = [
  column('area', 'text', 'review.col.area'),
  column('industry', 'text', 'review.col.industry'),
  column('enterpriseCount', 'count', 'review.col.enterpriseCount'),
  column('clusterAreaMu', 'areaMu', 'review.col.clusterAreaMu'),
  column('densityPerKm2', 'decimal', 'review.col.densityPerKm2'),
  column('areaShare', 'ratio', 'review.col.areaShare'),
  column('locationQuotient', 'lq', 'review.col.locationQuotient'),
];

export function clusterTableOf(stats: ZoneStats, areas: AreaFeatures): ReviewTable {
  return {
    id: 'clusters',
    title: bilingual('review.table.clusters'),
    columns: COLUMNS,
    rows: stats.clusters.map((c) => ({
      key: `${c.areaId}|${c.industry}`,
      values: [
        areaName(areas, c.areaId), bilingual(`industry.${c.industry}`), c.enterpriseCount,
        c.clusterAreaM2 / M2_PER_MU, c.densityPerKm2, c.areaShare, c.locationQuotient,
      ],
    })),
  };
}

/** Location quotients as a heat table: a row per district, a column per industry. */
export function lqTableOf(stats: ZoneStats, areas: AreaFeatures): ReviewTable {
  return {
    id: 'lq',
    title: bilingual('review.table.lq'),
    columns: [column('area', 'text', 'review.col.area'), ...INDUSTRY_CLUSTERS.map((i) => column(i, 'lq', `industry.${i}`))],
    rows: stats.districts.map((d) => ({
      key: d.areaId,
      values: [
        areaName(areas, d.areaId),
        ...INDUSTRY_CLUSTERS.map((i) => stats.clusters.find((c) => c.areaId === d.areaId && c.industry === i)?.locationQuotient ?? null),
      ],
    })),
  };
}

/** Per district, each industry's share of the supplied land, in %. */
export function clusterChartOf(stats: ZoneStats, areas: AreaFeatures): ReviewChart {
  const colorOf = (industry: string): string => THEMES.industry.entries.find((e) => e.value === industry)?.color ?? '#999999';
  return {
    id: 'clusters',
    title: bilingual('review.chart.clusters'),
    series: INDUSTRY_CLUSTERS.map((i) => ({ key: i, label: bilingual(`industry.${i}`), color: colorOf(i) })),
    rows: stats.districts.map((d) => ({
      key: d.areaId,
      label: areaName(areas, d.areaId),
      values: INDUSTRY_CLUSTERS.map((industry) => {
        const row = stats.clusters.find((c) => c.areaId === d.areaId && c.industry === industry);
        return (row?.areaShare ?? 0) * 100;
      }),
    })),
  };
}

/** The zone's agglomeration ratio and what it was measured by. */
export function agglomerationOf(stats: ZoneStats): { ratio: number | null; basis: 'output' | 'area'; leading: IndustryCluster[] } {
  const { ratio, basis, leadingClusters } = stats.agglomeration;
  return { ratio, basis, leading: [...leadingClusters] };
}
