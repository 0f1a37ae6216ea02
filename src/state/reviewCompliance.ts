/**
 * Review's compliance tables: per threshold indicator, how many plots pass, fail or lack data in
 * the zone and how many fail in each district (a plot counts in its home district, as the CLI
 * counts), and the list of plots failing at least one threshold.
 */
import { SUPPLIED_STATUSES } from '../domain/plot.ts';
import type { PlotFigures, ThresholdIndicator } from '../stats/types.ts';
import { areaName, featureName, type AreaFeatures } from './reviewNames.ts';
import { bilingual, column, type Bilingual, type ReviewColumn, type ReviewRow, type ReviewTable } from './reviewTable.ts';
import { themePropertiesOf } from './coreViews.ts';
import type { SourceFeature } from './types.ts';

/**
 * Figures of the plots on supplied land (allocated, under construction, built, idle): the plots
 * the thresholds apply to, as the CLI counts them.
 */
export function suppliedFigures(figures: readonly PlotFigures[], plots: readonly SourceFeature[]): PlotFigures[] {
  const supplied: ReadonlySet<string> = SUPPLIED_STATUSES;
  const ids = new Set(plots.filter((p) => supplied.has((p.themeKeys ?? themePropertiesOf(p)).status)).map((p) => p.id));
  return figures.filter((f) => ids.has(f.plotId));
}

export const INDICATORS: readonly ThresholdIndicator[] = [
  'investmentWanYuanPerMu', 'outputWanYuanPerMu', 'taxWanYuanPerMu',
  'floorAreaRatio', 'buildingCoverageRatio', 'greenRatio', 'adminRatio',
];

type Verdicts = { pass: number; fail: number; 'no-data': number };

/** Verdict counts per area id ('zone' and home districts), per indicator. */
export function verdictCountsOf(figures: readonly PlotFigures[]): Map<string, Map<ThresholdIndicator, Verdicts>> {
  const counts = new Map<string, Map<ThresholdIndicator, Verdicts>>();
  const add = (areaId: string, indicator: ThresholdIndicator, verdict: keyof Verdicts): void => {
    const byIndicator = counts.get(areaId) ?? new Map<ThresholdIndicator, Verdicts>();
    const row = byIndicator.get(indicator) ?? { pass: 0, fail: 0, 'no-data': 0 };
    row[verdict] += 1;
    byIndicator.set(indicator, row);
    counts.set(areaId, byIndicator);
  };
  for (const plot of figures) {
    const home = plot.districtIds[0];
    for (const { indicator, verdict } of plot.compliance) {
      add('zone', indicator, verdict);
      if (home !== undefined) add(home, indicator, verdict);
    }
  }
  return counts;
}

export function complianceTableOf(figures: readonly PlotFigures[], districtIds: readonly string[], areas: AreaFeatures): ReviewTable {
  const counts = verdictCountsOf(figures);
  const columns: ReviewColumn[] = [
    column('indicator', 'text', 'review.col.indicator'),
    column('pass', 'count', 'review.col.pass'),
    column('fail', 'count', 'review.col.fail'),
    column('no-data', 'count', 'review.col.noData'),
    ...districtIds.map((id) => {
      const name = areaName(areas, id);
      return { key: `fail:${id}`, kind: 'count' as const, label: { zh: bilingual('review.col.failIn', { name: name.zh }).zh, en: bilingual('review.col.failIn', { name: name.en }).en } };
    }),
  ];
  const rows: ReviewRow[] = INDICATORS.map((indicator) => {
    const zone = counts.get('zone')?.get(indicator) ?? { pass: 0, fail: 0, 'no-data': 0 };
    const perDistrict = districtIds.map((id) => counts.get(id)?.get(indicator)?.fail ?? 0);
    return { key: indicator, values: [bilingual(`indicator.${indicator}`), zone.pass, zone.fail, zone['no-data'], ...perDistrict] };
  });
  return { id: 'compliance', title: bilingual('review.table.compliance'), columns, rows };
}

function joined(parts: readonly Bilingual[]): Bilingual {
  return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') };
}

/** Plots failing at least one threshold, in the order of the plot layer. */
export function failingTableOf(figures: readonly PlotFigures[], plots: readonly SourceFeature[], areas: AreaFeatures): ReviewTable {
  const rows: ReviewRow[] = [];
  const byId = new Map(plots.map((p) => [p.id, p] as const));
  for (const plot of figures) {
    const failed = plot.compliance.filter((c) => c.verdict === 'fail').map((c) => bilingual(`indicator.${c.indicator}`));
    if (failed.length === 0) continue;
    const home = plot.districtIds[0];
    const name = featureName(byId.get(plot.plotId), '');
    rows.push({
      key: plot.plotId, plotId: plot.plotId,
      values: [{ zh: plot.plotId, en: plot.plotId }, name, home === undefined ? { zh: '', en: '' } : areaName(areas, home), joined(failed)],
    });
  }
  return {
    id: 'failing',
    title: bilingual('review.table.failing'),
    columns: [
      column('plotId', 'text', 'review.col.plotId'), column('plotName', 'text', 'review.col.plotName'),
      column('district', 'text', 'review.col.district'), column('failedIndicators', 'text', 'review.col.failedIndicators'),
    ],
    rows,
  };
}
