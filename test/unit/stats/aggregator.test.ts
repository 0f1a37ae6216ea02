import { describe, expect, it } from 'vitest';
import { createSumAggregator } from '../../../src/stats/aggregator.ts';
import type { IndustryCluster } from '../../../src/domain/plot.ts';
import type { AreaContribution, PlotContribution } from '../../../src/stats/contribution.ts';
import { COUNT, SHARE } from '../../../src/stats/contributionTerms.ts';
import { sumIndex } from '../../../src/stats/sums.ts';

/** A plot wholly in north, adding `suppliedAreaM2` and a plot count. */
function contribution(plotId: string, suppliedAreaM2: number, enterprise?: string): PlotContribution {
  const terms = [sumIndex('suppliedAreaM2'), SHARE, 0, sumIndex('plotCount'), COUNT, 1];
  const industry: IndustryCluster = 'leather';
  const area = { level: 'district', areaId: 'north', shareM2: suppliedAreaM2, fraction: 1, enterprise: enterprise === undefined ? undefined : { industry, name: enterprise } } satisfies AreaContribution;
  return { plotId, terms, areas: [area] };
}

describe('incremental sums', () => {
  it('adds and removes contributions per area', () => {
    const aggregator = createSumAggregator();
    const a = contribution('a', 100);
    const b = contribution('b', 250);
    aggregator.add(a);
    aggregator.add(b);
    expect(aggregator.totals('district', 'north').get('suppliedAreaM2')).toBe(350);
    aggregator.remove(a);
    expect(aggregator.totals('district', 'north').get('suppliedAreaM2')).toBe(250);
    expect(aggregator.totals('park', 'north').get('suppliedAreaM2')).toBe(0);
  });

  it('returns exactly 0, not a rounding residue, once every contribution is removed', () => {
    const aggregator = createSumAggregator();
    const parts = [0.1, 0.2, 0.3, 1e9 / 3, 7e-5].map((m2, i) => contribution(`p${i}`, m2));
    for (const part of parts) aggregator.add(part);
    for (const part of [...parts].reverse().slice(0, 4)) aggregator.remove(part);
    for (const part of parts.slice(1)) aggregator.add(part);
    for (const part of parts) aggregator.remove(part);
    const totals = aggregator.totals('district', 'north');
    expect(totals.get('suppliedAreaM2')).toBe(0);
    expect(totals.get('plotCount')).toBe(0);
  });

  it('keeps a sum accurate through many add/remove cycles of large and small values', () => {
    const aggregator = createSumAggregator();
    const small = contribution('small', 0.1);
    aggregator.add(small);
    for (let i = 0; i < 10_000; i++) {
      const big = contribution(`b${i}`, 1e8 + i * 0.37);
      aggregator.add(big);
      aggregator.remove(big);
    }
    expect(aggregator.totals('district', 'north').get('suppliedAreaM2')).toBe(0.1);
  });

  it('counts enterprises distinct, as long as one of their plots remains', () => {
    const aggregator = createSumAggregator();
    const first = contribution('a', 1, '皮革一厂');
    const second = contribution('b', 1, '皮革一厂');
    const other = contribution('c', 1, '皮具二厂');
    for (const c of [first, second, other]) aggregator.add(c);
    const totals = aggregator.totals('district', 'north');
    expect(totals.enterpriseCount('leather')).toBe(2);
    aggregator.remove(first);
    expect(totals.enterpriseCount('leather')).toBe(2);
    aggregator.remove(second);
    expect(totals.enterpriseCount('leather')).toBe(1);
    expect(totals.enterpriseCount('white-goods')).toBe(0);
  });
});
