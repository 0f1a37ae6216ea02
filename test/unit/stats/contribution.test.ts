import { describe, expect, it } from 'vitest';
import { contributionValue, plotContribution } from '../../../src/stats/contribution.ts';
import type { AreaContribution, PlotContribution } from '../../../src/stats/contribution.ts';
import type { SumField } from '../../../src/stats/sums.ts';
import { fixtureFootprint, fixturePlot, footprintOf, plotOf } from './zoneFixture.ts';

function valueIn(contribution: PlotContribution): (area: AreaContribution | undefined, field: SumField) => number {
  return (area, field) => (area === undefined ? NaN : contributionValue(contribution, area, field));
}

describe('plot contributions', () => {
  const p2 = plotContribution(fixturePlot('P2'), fixtureFootprint('P2'), { zoneBasis: 'districts' });
  const [north, west, zone] = p2.areas;
  const value = valueIn(p2);

  it('splits a plot 30/70 on a district boundary: areas by share, figures by share fraction', () => {
    expect(p2.areas.map((a) => `${a.level}:${a.areaId}`)).toEqual(['district:north', 'district:west', 'zone:zone']);
    expect([value(north, 'suppliedAreaM2'), value(west, 'suppliedAreaM2'), value(zone, 'suppliedAreaM2')]).toEqual([3000, 7000, 10_000]);
    expect(value(north, 'investmentWanYuan')).toBeCloseTo(900, 9);
    expect(value(west, 'investmentWanYuan')).toBeCloseTo(2100, 9);
    expect(value(north, 'investmentPlotAreaM2')).toBe(3000);
    expect(value(west, 'white-goods.outputWanYuanPerYear')).toBeCloseTo(1400, 9);
    expect(value(north, 'white-goods.clusterAreaM2')).toBe(3000);
  });

  it('counts the plot once in each area it touches', () => {
    expect(p2.areas.map((a) => value(a, 'plotCount'))).toEqual([1, 1, 1]);
  });

  it('places the enterprise only in its home district (the larger share) and in the zone', () => {
    expect([north?.enterprise, west?.enterprise, zone?.enterprise]).toEqual([
      undefined, { industry: 'white-goods', name: 'Midea' }, { industry: 'white-goods', name: 'Midea' },
    ]);
  });

  it('takes the first listed district as home on an exact tie', () => {
    const plot = plotOf('tie', { landUse: '1001', industry: 'leather', status: 'built', enterprise: 'X' });
    const areas = plotContribution(plot, footprintOf('tie', 100, [['north', 50], ['west', 50]]), { zoneBasis: 'districts' }).areas;
    expect(areas.map((a) => a.enterprise?.name)).toEqual(['X', undefined, 'X']);
  });

  it('adds nothing to the denominator of a figure the plot does not report', () => {
    const p3 = plotContribution(fixturePlot('P3'), fixtureFootprint('P3'), { zoneBasis: 'districts' });
    expect(valueIn(p3)(p3.areas[0], 'taxPlotAreaM2')).toBe(0);
    expect(valueIn(p3)(p3.areas[0], 'suppliedAreaM2')).toBe(30_000);
  });

  it('leaves a plot outside every district out of the zone, unless the zone is given without districts', () => {
    const outside = footprintOf('P5', 10_000, []);
    expect(plotContribution(fixturePlot('P5'), outside, { zoneBasis: 'districts' }).areas).toEqual([]);
    const whole = plotContribution(fixturePlot('P5'), outside, { zoneBasis: 'plot' });
    expect(whole.areas.map((a) => [a.areaId, valueIn(whole)(a, 'vacantAreaM2')])).toEqual([['zone', 10_000]]);
  });

  it('does not count supplied or cluster area for land that is not developable', () => {
    const road = plotOf('road', { landUse: '1207', industry: 'logistics', status: 'built', enterprise: 'Y' });
    const contribution = plotContribution(road, footprintOf('road', 500, [['west', 500]]), { zoneBasis: 'districts' });
    const [area] = contribution.areas;
    const value = valueIn(contribution);
    expect([value(area, 'plottedAreaM2'), value(area, 'developableAreaM2'), value(area, 'suppliedAreaM2'), value(area, 'logistics.clusterAreaM2')]).toEqual([500, 0, 0, 0]);
    expect(area?.enterprise).toBeUndefined();
  });
});
