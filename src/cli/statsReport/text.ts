import { m2ToKm2, m2ToMu } from '../../domain/units.ts';
import type { Occupancy } from '../../stats/types.ts';
import { renderTable, type Column } from '../format/textTable.ts';
import { formatNumber, formatPercent, formatRatio } from '../format/numbers.ts';
import { label, type LabelKey } from '../labels.ts';
import { clusterName } from '../zoneNames.ts';
import { INDICATOR_LABELS, type StatsReport } from './report.ts';

const left = (header: string): Column => ({ header, align: 'left' });
const right = (header: string): Column => ({ header, align: 'right' });

function occupancyTable(report: StatsReport, rows: readonly Occupancy[], firstHeader: LabelKey): string {
  const t = (key: LabelKey): string => label(report.lang, key);
  const columns = [left(t(firstHeader)), right(t('landMu')), right(t('landKm2')), right(t('plots')),
    right(t('developableMu')), right(t('suppliedMu')), right(t('occupancy')), right(t('built')), right(t('idle')),
    right(t('industrial')), right(t('standardFactory'))];
  return renderTable(columns, rows.map((o) => [report.nameOf(o.areaId), formatNumber(m2ToMu(o.landAreaM2), 0),
    formatNumber(m2ToKm2(o.landAreaM2), 2), String(o.plotCount), formatNumber(m2ToMu(o.developableAreaM2), 0),
    formatNumber(m2ToMu(o.suppliedAreaM2), 0), formatPercent(o.occupancyRatio), formatPercent(o.builtRatio),
    formatPercent(o.idleRatio), formatPercent(o.industrialLandRatio), formatPercent(o.standardFactoryOccupancyRatio)]));
}

function sumCheck(report: StatsReport): string {
  const { zone, districts } = report.stats;
  const sumM2 = districts.reduce((sum, d) => sum + d.plottedAreaM2, 0);
  const ok = Math.abs(sumM2 - zone.plottedAreaM2) <= 1e-6 * Math.max(1, zone.plottedAreaM2);
  return `${label(report.lang, ok ? 'sumCheck' : 'sumMismatch')}: Σ ${formatNumber(m2ToMu(sumM2), 2)} / ${formatNumber(m2ToMu(zone.plottedAreaM2), 2)} ${report.lang === 'zh' ? '亩' : 'mu'}`;
}

function clusterTable(report: StatsReport): string {
  const t = (key: LabelKey): string => label(report.lang, key);
  const columns = [left(t('district')), left(t('cluster')), right(t('enterprises')), right(t('clusterMu')),
    right(t('densityPerKm2')), right(t('areaShare')), right(t('locationQuotient'))];
  const rows = report.stats.clusters.filter((c) => c.enterpriseCount > 0 || c.clusterAreaM2 > 0);
  return renderTable(columns, rows.map((c) => [report.nameOf(c.areaId), clusterName(c.industry, report.lang),
    String(c.enterpriseCount), formatNumber(m2ToMu(c.clusterAreaM2), 0), formatRatio(c.densityPerKm2),
    formatPercent(c.areaShare), formatRatio(c.locationQuotient)]));
}

function efficiencyTable(report: StatsReport): string {
  const t = (key: LabelKey): string => label(report.lang, key);
  const columns = [left(t('district')), right(t('investmentPerMu')), right(t('outputPerMu')), right(t('taxPerMu')), right(t('floorAreaRatio'))];
  return renderTable(columns, report.stats.efficiency.map((e) => [report.nameOf(e.areaId),
    formatNumber(e.investmentWanYuanPerMu, 1), formatNumber(e.outputWanYuanPerMu, 1), formatNumber(e.taxWanYuanPerMu, 1),
    formatRatio(e.floorAreaRatio)]));
}

function complianceTable(report: StatsReport): string {
  const lang = report.lang === 'zh' ? 0 : 1;
  const areaIds = [...report.compliance.keys()];
  const indicators = Object.keys(INDICATOR_LABELS) as (keyof typeof INDICATOR_LABELS)[];
  const present = indicators.filter((i) => areaIds.some((id) => report.compliance.get(id)?.has(i)));
  const columns = [left(label(report.lang, 'district')), ...present.map((i) => right(INDICATOR_LABELS[i][lang]))];
  return renderTable(columns, areaIds.map((id) => [report.nameOf(id), ...present.map((i) => {
    const c = report.compliance.get(id)?.get(i);
    return c ? `${c.pass}/${c.fail}/${c['no-data']}` : '—';
  })]));
}

/** The readable report: occupancy by district and park, clusters, efficiency, compliance. */
export function renderStatsText(report: StatsReport): string {
  const t = (key: LabelKey): string => label(report.lang, key);
  const { stats } = report;
  const agg = stats.agglomeration;
  const preset = report.lang === 'zh' ? report.thresholds.name : report.thresholds.nameEn;
  return [
    `== ${t('occupancyTitle')} ==`, occupancyTable(report, [...stats.districts, stats.zone], 'district'), sumCheck(report), '',
    ...(stats.parks.length > 0 ? [`== ${t('parksTitle')} ==`, occupancyTable(report, stats.parks, 'park'), ''] : []),
    `== ${t('clustersTitle')} ==`, clusterTable(report),
    `${t('agglomeration')}: ${formatPercent(agg.ratio)} ${agg.basis === 'area' ? t('agglomerationByArea') : ''}`.trimEnd(), '',
    `== ${t('efficiencyTitle')} ==`, efficiencyTable(report), '',
    `== ${t('complianceTitle')} ==`, `${t('preset')}: ${preset}${report.thresholds.isExample ? ` (${t('example')})` : ''}`,
    complianceTable(report),
  ].join('\n');
}
