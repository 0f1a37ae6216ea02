import { describe, expect, it } from 'vitest';
import { createSumAggregator } from '../../../src/stats/aggregator.ts';
import { plotContribution } from '../../../src/stats/contribution.ts';
import { EnterpriseCounts } from '../../../src/stats/contributionEnterprises.ts';
import { packPlot } from '../../../src/stats/contributionPacked.ts';
import type { SumAggregator } from '../../../src/stats/aggregator.ts';
import type { AreaLevel, SumField } from '../../../src/stats/sums.ts';
import { PLOTS, fixtureFootprint, fixturePlot, plotOf } from './zoneFixture.ts';

const OPTIONS = { zoneBasis: 'districts' } as const;
const FIELDS: SumField[] = [
  'plotCount', 'plottedAreaM2', 'developableAreaM2', 'suppliedAreaM2', 'builtAreaM2', 'idleAreaM2', 'vacantAreaM2',
  'industrialAreaM2', 'pairedFactoryFloorAreaM2', 'pairedFactoryLeasedFloorAreaM2', 'investmentWanYuan', 'investmentPlotAreaM2',
  'outputWanYuanPerYear', 'taxWanYuanPerYear', 'taxPlotAreaM2', 'white-goods.clusterAreaM2', 'white-goods.outputWanYuanPerYear',
  'builtClusterPlotCount', 'builtClusterPlotsWithoutOutputCount',
];
const AREAS: Array<[AreaLevel, string]> = [['district', 'north'], ['district', 'west'], ['park', 'wg'], ['zone', 'zone']];

function figures(aggregator: SumAggregator): number[] {
  return AREAS.flatMap(([level, id]) => [...FIELDS.map((f) => aggregator.totals(level, id).get(f)), aggregator.totals(level, id).enterpriseCount('white-goods')]);
}

describe('packed plot contributions', () => {
  it('adds the same figures, bit for bit, as the plain contributions', () => {
    const plain = createSumAggregator();
    const packed = createSumAggregator();
    for (const plot of PLOTS) {
      plain.add(plotContribution(plot, fixtureFootprint(plot.id), OPTIONS));
      packed.add(packPlot(plot, fixtureFootprint(plot.id), OPTIONS, packed.areaIndex));
    }
    expect(figures(packed)).toEqual(figures(plain));
    // hand-worked (zoneFixture.ts): supplied area of north = P1 20 000 + P2 3 000 + P7 5 000
    expect(packed.totals('district', 'north').get('suppliedAreaM2')).toBe(28_000);
    expect(packed.totals('district', 'west').enterpriseCount('white-goods')).toBe(1);
  });

  it('takes back exactly what it added', () => {
    const aggregator = createSumAggregator();
    const entries = PLOTS.map((plot) => packPlot(plot, fixtureFootprint(plot.id), OPTIONS, aggregator.areaIndex));
    for (const entry of entries) aggregator.add(entry);
    for (const entry of entries) aggregator.remove(entry);
    expect(figures(aggregator).every((value) => value === 0)).toBe(true);
  });

  it('keeps what it added even when the plot is changed in place afterwards', () => {
    const aggregator = createSumAggregator();
    const plot = plotOf('P5', { landUse: '1001', status: 'vacant', investmentWanYuan: 100 });
    const entry = packPlot(plot, fixtureFootprint('P5'), OPTIONS, aggregator.areaIndex);
    aggregator.add(entry);
    plot.attributes.status = 'built';
    plot.attributes.investmentWanYuan = 999;
    aggregator.remove(entry);
    expect(aggregator.totals('district', 'north').get('vacantAreaM2')).toBe(0);
    expect(aggregator.totals('district', 'north').get('investmentWanYuan')).toBe(0);
  });

  it('shares one term layout between plots reporting the same fields, whatever their values', () => {
    const aggregator = createSumAggregator();
    const pack = (id: string, investmentWanYuan?: number) => packPlot(
      plotOf(id, { landUse: '1001', status: 'built', ...(investmentWanYuan === undefined ? {} : { investmentWanYuan }) }),
      fixtureFootprint('P5'), OPTIONS, aggregator.areaIndex,
    );
    expect(pack('a', 100).layout).toBe(pack('b', 250).layout);
    expect(pack('c').layout).not.toBe(pack('d', 100).layout);
    expect(pack('e', 250).numbers.slice(0, 1)).toEqual([250]);
  });

  it('puts the enterprise only in its home areas, as the plain contribution does', () => {
    const aggregator = createSumAggregator();
    aggregator.add(packPlot(fixturePlot('P2'), fixtureFootprint('P2'), OPTIONS, aggregator.areaIndex));
    expect(['north', 'west'].map((id) => aggregator.totals('district', id).enterpriseCount('white-goods'))).toEqual([0, 1]);
    expect(aggregator.totals('zone', 'zone').enterpriseCount('white-goods')).toBe(1);
  });
});

describe('enterprise counts', () => {
  it('counts an enterprise while it has a plot, and never goes below none', () => {
    const counts = new EnterpriseCounts();
    counts.change(3, 1);
    counts.change(3, 1);
    counts.change(40, 1);
    expect(counts.size).toBe(2);
    counts.change(3, -1);
    expect(counts.size).toBe(2);
    counts.change(3, -1);
    counts.change(7, -1);
    expect(counts.size).toBe(1);
    counts.change(7, 1);
    expect(counts.size).toBe(2);
  });
});
