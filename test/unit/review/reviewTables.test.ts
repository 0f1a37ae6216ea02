import { describe, expect, it } from 'vitest';
import { csvRowsOf } from '../../../src/state/reviewCsv.ts';
import { complianceTableOf, failingTableOf, suppliedFigures, verdictCountsOf } from '../../../src/state/reviewCompliance.ts';
import { classCountsOf } from '../../../src/state/reviewEfficiency.ts';
import { occupancyChartOf, occupancyTableOf } from '../../../src/state/reviewOccupancy.ts';
import { failingPlot, feature, passingPlot, zoneStats } from './fixtures.ts';

const areas = { districts: [feature('north', { name: '北区', nameEn: 'North' })], parks: [] };

describe('Review tables', () => {
  it('shows a district of 1 500 000 m² as 2 250 亩 and 150 公顷, its ratios unchanged', () => {
    const table = occupancyTableOf(zoneStats(), areas);
    const north = table.rows.find((r) => r.key === 'north');
    const col = (key: string): number => table.columns.findIndex((c) => c.key === key);
    expect(north?.values[col('landAreaMu')]).toBeCloseTo(2250, 9);
    expect(north?.values[col('landAreaHa')]).toBeCloseTo(150, 9);
    expect(north?.values[col('occupancyRatio')]).toBe(0.5);
    expect(north?.values[col('standardFactoryOccupancyRatio')]).toBeNull();
  });

  it('stacks each district bar so that it adds up to the developable land', () => {
    const chart = occupancyChartOf(zoneStats(), areas);
    const total = (chart.rows[0]?.values ?? []).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(600_000 / (10_000 / 15), 9);
  });

  it('counts verdicts in the zone and in the home district, only for plots on supplied land', () => {
    const plots = [feature('p1', { status: 'built' }), feature('p2', { status: 'built' }), feature('p3', { status: 'vacant' })];
    const figures = suppliedFigures([failingPlot('p1'), passingPlot('p2'), failingPlot('p3')], plots);
    const counts = verdictCountsOf(figures);
    expect(counts.get('zone')?.get('taxWanYuanPerMu')).toEqual({ pass: 1, fail: 1, 'no-data': 0 });
    expect(counts.get('north')?.get('taxWanYuanPerMu')).toEqual({ pass: 1, fail: 1, 'no-data': 0 });
    const table = complianceTableOf(figures, ['north'], areas);
    expect(table.rows.find((r) => r.key === 'taxWanYuanPerMu')?.values.slice(1)).toEqual([1, 1, 0, 1]);
  });

  it('lists each failing plot once with the indicators it fails, and the row selects the plot', () => {
    const table = failingTableOf([failingPlot('p1'), passingPlot('p2')], [feature('p1', { name: '一号地' })], areas);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.plotId).toBe('p1');
    expect(csvRowsOf(table)[1]).toEqual(['p1', '一号地', '北区', '亩均税收']);
  });

  it('counts A–D classes in the zone, the home district and each park', () => {
    const counts = classCountsOf([{ ...passingPlot('a'), efficiencyClass: 'A', parkIds: ['park'] }, { ...passingPlot('b'), efficiencyClass: 'D' }]);
    expect(counts.get('zone')).toEqual({ A: 1, B: 0, C: 0, D: 1 });
    expect(counts.get('park')).toEqual({ A: 1, B: 0, C: 0, D: 0 });
  });

  it('writes ratios as percentages and no data as an empty cell in CSV', () => {
    const rows = csvRowsOf(occupancyTableOf(zoneStats(), areas));
    expect(rows[0]?.[0]).toBe('区域');
    const header = rows[0] ?? [];
    expect(rows[2]?.[header.indexOf('土地供应率（%）')]).toBe('50.00');
    expect(rows[2]?.[header.indexOf('标准厂房入驻率（%）')]).toBe('');
  });
});
