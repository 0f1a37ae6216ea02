/**
 * Review's occupancy table (zone, each district, each park: areas in 亩 and 公顷 and the six
 * ratios of DESIGN.md §3) and the chart of each district's land by status.
 */
import { M2_PER_HECTARE, M2_PER_MU } from '../domain/units.ts';
import type { Occupancy, ZoneStats } from '../stats/types.ts';
import { areaName, type AreaFeatures } from './reviewNames.ts';
import { bilingual, column, type ReviewChart, type ReviewColumn, type ReviewRow, type ReviewTable } from './reviewTable.ts';

const AREAS = ['landArea', 'developableArea', 'suppliedArea', 'builtArea', 'idleArea', 'vacantArea'] as const;
const RATIOS = [
  'occupancyRatio', 'builtRatio', 'idleRatio', 'coverageRatio', 'industrialLandRatio', 'standardFactoryOccupancyRatio',
] as const;

const COLUMNS: readonly ReviewColumn[] = [
  column('area', 'text', 'review.col.area'),
  column('kind', 'text', 'review.col.kind'),
  ...AREAS.flatMap((area) => [
    column(`${area}Mu`, 'areaMu', `review.col.${area}Mu`),
    column(`${area}Ha`, 'areaHa', `review.col.${area}Ha`),
  ]),
  ...RATIOS.map((ratio) => column(ratio, 'ratio', `review.col.${ratio}`)),
];

function occupancyRow(areas: AreaFeatures, occupancy: Occupancy, kind: 'zone' | 'district' | 'park'): ReviewRow {
  const areaValues = AREAS.flatMap((area) => {
    const areaM2 = occupancy[`${area}M2`];
    return [areaM2 / M2_PER_MU, areaM2 / M2_PER_HECTARE];
  });
  return {
    key: occupancy.areaId,
    values: [areaName(areas, occupancy.areaId), bilingual(`review.kind.${kind}`), ...areaValues, ...RATIOS.map((r) => occupancy[r])],
  };
}

export function occupancyTableOf(stats: ZoneStats, areas: AreaFeatures): ReviewTable {
  return {
    id: 'occupancy',
    title: bilingual('review.table.occupancy'),
    columns: COLUMNS,
    rows: [
      occupancyRow(areas, stats.zone, 'zone'),
      ...stats.districts.map((d) => occupancyRow(areas, d, 'district')),
      ...stats.parks.map((p) => occupancyRow(areas, p, 'park')),
    ],
  };
}

/** Each district's developable land split by status: built, supplied but not built, idle, vacant, reserved (亩). */
export function occupancyChartOf(stats: ZoneStats, areas: AreaFeatures): ReviewChart {
  return {
    id: 'occupancy',
    title: bilingual('review.chart.occupancy'),
    series: [
      { key: 'built', label: bilingual('review.series.built'), color: '#b30000' },
      { key: 'inProgress', label: bilingual('review.series.inProgress'), color: '#fc8d59' },
      { key: 'idle', label: bilingual('review.series.idle'), color: '#6a51a3' },
      { key: 'vacant', label: bilingual('review.series.vacant'), color: '#d9d9d9' },
      { key: 'reserved', label: bilingual('status.reserved'), color: '#9ecae1' },
    ],
    rows: stats.districts.map((d) => ({
      key: d.areaId,
      label: areaName(areas, d.areaId),
      values: [
        d.builtAreaM2, Math.max(0, d.suppliedAreaM2 - d.builtAreaM2 - d.idleAreaM2), d.idleAreaM2, d.vacantAreaM2,
        Math.max(0, d.developableAreaM2 - d.suppliedAreaM2 - d.vacantAreaM2),
      ].map((areaM2) => areaM2 / M2_PER_MU),
    })),
  };
}
