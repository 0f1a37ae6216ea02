/**
 * Review's per-亩 efficiency table: the engine's roll-up per zone, district and park, with the
 * count of plots in each A–D class (a plot counts in its home district: the one holding its
 * largest share), and the chart of the class counts.
 */
import type { EfficiencyClass, PlotFigures, ZoneStats } from '../stats/types.ts';
import { areaName, type AreaFeatures } from './reviewNames.ts';
import { bilingual, column, type ReviewChart, type ReviewColumn, type ReviewTable } from './reviewTable.ts';
import { THEMES } from './themes.ts';

const CLASSES: readonly EfficiencyClass[] = ['A', 'B', 'C', 'D'];
const FIGURES = [
  ['investmentWanYuanPerMu', 'perMu'], ['outputWanYuanPerMu', 'perMu'], ['taxWanYuanPerMu', 'perMu'],
  ['floorAreaRatio', 'decimal'], ['buildingCoverageRatio', 'ratio'], ['greenRatio', 'ratio'], ['adminRatio', 'ratio'],
] as const;

const COLUMNS: readonly ReviewColumn[] = [
  column('area', 'text', 'review.col.area'),
  ...FIGURES.map(([key, kind]) => column(key, kind, `review.col.${key}`)),
  ...CLASSES.map((c) => column(`class${c}`, 'count', `review.col.class${c}`)),
];

/** Plots per class, per area id ('zone', districts by home district, parks by any share). */
export function classCountsOf(figures: readonly PlotFigures[]): Map<string, Record<EfficiencyClass, number>> {
  const counts = new Map<string, Record<EfficiencyClass, number>>();
  const add = (areaId: string, c: EfficiencyClass): void => {
    const row = counts.get(areaId) ?? { A: 0, B: 0, C: 0, D: 0 };
    row[c] += 1;
    counts.set(areaId, row);
  };
  for (const plot of figures) {
    if (plot.efficiencyClass === null) continue;
    add('zone', plot.efficiencyClass);
    const home = plot.districtIds[0];
    if (home !== undefined) add(home, plot.efficiencyClass);
    for (const parkId of plot.parkIds) add(parkId, plot.efficiencyClass);
  }
  return counts;
}

export function efficiencyTableOf(stats: ZoneStats, figures: readonly PlotFigures[], areas: AreaFeatures): ReviewTable {
  const counts = classCountsOf(figures);
  return {
    id: 'efficiency',
    title: bilingual('review.table.efficiency'),
    columns: COLUMNS,
    rows: stats.efficiency.map((e) => {
      const classes = counts.get(e.areaId) ?? { A: 0, B: 0, C: 0, D: 0 };
      return {
        key: e.areaId,
        values: [areaName(areas, e.areaId), ...FIGURES.map(([key]) => e[key]), ...CLASSES.map((c) => classes[c])],
      };
    }),
  };
}

/** Class counts of the zone and of each district. */
export function classChartOf(stats: ZoneStats, figures: readonly PlotFigures[], areas: AreaFeatures): ReviewChart {
  const counts = classCountsOf(figures);
  const areaIds = ['zone', ...stats.districts.map((d) => d.areaId)];
  return {
    id: 'classes',
    title: bilingual('review.chart.classes'),
    series: CLASSES.map((c) => ({
      key: c, label: bilingual(`class.${c}`), color: THEMES.class.entries.find((e) => e.value === c)?.color ?? '#999999',
    })),
    rows: areaIds.map((areaId) => {
      const row = counts.get(areaId) ?? { A: 0, B: 0, C: 0, D: 0 };
      return { key: areaId, label: areaName(areas, areaId), values: CLASSES.map((c) => row[c]) };
    }),
  };
}
