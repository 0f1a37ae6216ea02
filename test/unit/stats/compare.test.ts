import { describe, expect, it } from 'vitest';
import type { Plot } from '../../../src/domain/plot.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import { compareZones } from '../../../src/stats/compare.ts';
import { createZoneEngine } from '../../../src/stats/engine.ts';
import { diffPlotSets } from '../../../src/stats/plotSetDiff.ts';
import { FOOTPRINTS, PLOTS, SQUARE, fixtureInput, fixturePlot, footprintOf } from './zoneFixture.ts';

function edited(plot: Plot, attributes: Plot['attributes'], properties: Record<string, unknown>): Plot {
  return { ...plot, attributes: { ...plot.attributes, ...attributes }, properties: { ...plot.properties, ...properties } };
}

describe('plot set difference', () => {
  it('lists added, removed and changed plots', () => {
    const moved: Plot = { ...fixturePlot('P1'), geometry: { type: 'Polygon', coordinates: [[[116, 40], [116.002, 40], [116.002, 40.001], [116, 40]]] } };
    const renamed = edited(fixturePlot('P2'), { enterprise: 'Gree' }, { enterprise: 'Gree' });
    const added: Plot = { id: 'N1', geometry: SQUARE, attributes: {}, properties: {} };
    const diff = diffPlotSets(PLOTS, [moved, renamed, ...PLOTS.slice(2, 6), added]);
    expect(diff).toEqual({ addedPlotIds: ['N1'], removedPlotIds: ['P7'], changedPlotIds: ['P1', 'P2'] });
  });

  it('does not count a reordering of property keys or a copy of the geometry as a change', () => {
    const a: Plot = { id: 'x', geometry: SQUARE, attributes: {}, properties: { tax: 1, note: { a: [1, 2] } } };
    const b: Plot = { id: 'x', geometry: structuredClone(SQUARE), attributes: {}, properties: { note: { a: [1, 2] }, tax: 1 } };
    expect(diffPlotSets([a], [b]).changedPlotIds).toEqual([]);
  });

  it('sees a change in a __proto__ property as a change of data', () => {
    const a: Plot = { id: 'x', geometry: SQUARE, attributes: {}, properties: JSON.parse('{"__proto__": {"v": 1}}') as Record<string, unknown> };
    const b: Plot = { id: 'x', geometry: SQUARE, attributes: {}, properties: JSON.parse('{"__proto__": {"v": 2}}') as Record<string, unknown> };
    expect(diffPlotSets([a], [b]).changedPlotIds).toEqual(['x']);
  });
});

describe('sketch comparison', () => {
  // the sketch supplies the vacant P5 (north, 10 000 m² = 15 亩) and adds N1 (west, 20 000 m² = 30 亩),
  // both without investment data; it also gives P3 (already supplied) no investment: not projected
  const p5 = edited(fixturePlot('P5'), { status: 'allocated' }, { status: 'allocated' });
  const n1: Plot = { id: 'N1', geometry: SQUARE, attributes: { landUse: '1001', status: 'allocated' }, properties: { id: 'N1' } };
  const after = [...PLOTS.slice(0, 4), p5, ...PLOTS.slice(5), n1];
  const footprints = { ...FOOTPRINTS, N1: footprintOf('N1', 20_000, [['west', 20_000]]) };
  const input = fixtureInput(PLOTS, footprints);
  const comparison = compareZones({
    before: PLOTS,
    after,
    thresholds: EXAMPLE_THRESHOLDS,
    footprintOf: input.footprintOf,
    statsOf: (plots) => createZoneEngine({ ...input, plots }).stats(),
  });
  const figure = (areaId: string, name: string) => comparison.figures.find((f) => f.areaId === areaId && f.figure === name);

  it('lists the changed and added plots and the plots projected at the threshold intensity', () => {
    expect([comparison.addedPlotIds, comparison.removedPlotIds, comparison.changedPlotIds]).toEqual([['N1'], [], ['P5']]);
    expect(comparison.projectedPlotIds).toEqual(['P5', 'N1']);
  });

  it('projects 250 万元/亩 × 15 亩 = 3 750 万元 on P5 in the north investment intensity', () => {
    // before 9 900 / 34.5 亩; after (9 900 + 3 750) / (34.5 + 15) 亩
    const change = figure('north', 'investmentWanYuanPerMu');
    expect(change?.before).toBeCloseTo(9900 / 34.5, 9);
    expect(change?.after).toBeCloseTo(13650 / 49.5, 9);
    expect(change?.change).toBeCloseTo(13650 / 49.5 - 9900 / 34.5, 9);
    expect(change?.projected).toBe(true);
  });

  it('marks the projection in every area a projected plot touches, and only there', () => {
    expect(figure('west', 'investmentWanYuanPerMu')?.projected).toBe(true);
    expect(figure('zone', 'investmentWanYuanPerMu')?.projected).toBe(true);
    expect(figure('wg', 'investmentWanYuanPerMu')?.projected).toBe(false);
    expect(figure('north', 'suppliedAreaM2')?.projected).toBe(false);
  });

  it('reports the change of every district figure, cluster rows included', () => {
    expect(figure('north', 'suppliedAreaM2')).toMatchObject({ before: 28_000, after: 38_000, change: 10_000 });
    expect(figure('north', 'occupancyRatio')?.after).toBe(1);
    expect(figure('west', 'developableAreaM2')?.change).toBe(20_000);
    expect(figure('west', 'clusters.white-goods.areaShare')?.after).toBeCloseTo(7000 / 77_000, 12);
    expect(figure('zone', 'agglomeration.ratio')).toMatchObject({ change: 0 });
  });

  it('never writes the projection into the plots', () => {
    expect(after[4]?.attributes.investmentWanYuan).toBeUndefined();
    expect(comparison.after.zone.suppliedAreaM2).toBe(115_000);
  });

  it('gives a null change where a figure is no data on either side', () => {
    expect(figure('west', 'standardFactoryOccupancyRatio')).toMatchObject({ before: null, after: null, change: null });
  });
});
