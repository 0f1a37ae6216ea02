import { describe, expect, it } from 'vitest';
import type { Plot } from '../../../src/domain/plot.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import { createZoneEngine } from '../../../src/stats/engine.ts';
import { fixtureInput, fixturePlot } from './zoneFixture.ts';
import { randomZone } from './randomZone.ts';
import { mulberry32 } from '../seededRandom.ts';

describe('zone engine, incremental updates', () => {
  it('takes a removed plot out of every area and puts it back on upsert (hand-worked)', () => {
    const engine = createZoneEngine(fixtureInput());
    expect(engine.removePlot('P2')).toBe(true);
    let stats = engine.stats();
    expect(stats.districts.map((d) => d.suppliedAreaM2)).toEqual([25_000, 50_000]);
    expect(stats.clusters.find((c) => c.areaId === 'west' && c.industry === 'white-goods')?.enterpriseCount).toBe(0);
    engine.upsertPlot(fixturePlot('P2'));
    stats = engine.stats();
    expect(stats.districts.map((d) => d.suppliedAreaM2)).toEqual([28_000, 57_000]);
    expect(stats.clusters.find((c) => c.areaId === 'west' && c.industry === 'white-goods')?.enterpriseCount).toBe(1);
  });

  it('replaces a plot with the same id instead of counting it twice', () => {
    const engine = createZoneEngine(fixtureInput());
    engine.upsertPlot({ ...fixturePlot('P5'), attributes: { landUse: '1001', status: 'built' } });
    const north = engine.stats().districts[0];
    expect(north).toMatchObject({ plotCount: 4, suppliedAreaM2: 38_000, builtAreaM2: 38_000, vacantAreaM2: 0 });
    expect(engine.plotCount()).toBe(7);
  });

  it('takes back what a plot added even when the caller mutated the plot object before upserting it again', () => {
    const engine = createZoneEngine(fixtureInput());
    const p5: Plot = { ...fixturePlot('P5'), attributes: { ...fixturePlot('P5').attributes } };
    engine.upsertPlot(p5);
    p5.attributes.status = 'built';
    engine.upsertPlot(p5);
    expect(engine.stats().districts[0]).toMatchObject({ suppliedAreaM2: 38_000, vacantAreaM2: 0 });
  });

  it('says false when asked to remove an unknown plot, and keeps its figures', () => {
    const engine = createZoneEngine(fixtureInput());
    const before = engine.stats();
    expect(engine.removePlot('nope')).toBe(false);
    expect(engine.stats()).toBe(before);
  });

  it('memoises stats until the next change', () => {
    const engine = createZoneEngine(fixtureInput());
    const first = engine.stats();
    expect(engine.stats()).toBe(first);
    engine.removePlot('P7');
    expect(engine.stats()).not.toBe(first);
  });

  it('equals a full rebuild after a random sequence of upserts and removes', () => {
    const zone = randomZone(99);
    const random = mulberry32(5);
    const initial = Array.from({ length: 200 }, (_, i) => zone.plot(`r${i}`));
    const engine = createZoneEngine(zone.input(initial));
    const current = new Map(initial.map((p) => [p.id, p]));
    for (let step = 0; step < 3000; step++) {
      const id = `r${Math.floor(random() * 260)}`;
      if (random() < 0.3) {
        engine.removePlot(id);
        current.delete(id);
      } else {
        const plot = zone.plot(id);
        engine.upsertPlot(plot);
        current.set(id, plot);
      }
    }
    const rebuilt = createZoneEngine(zone.input([...current.values()]));
    expectClose(engine.stats(), rebuilt.stats());
    expect(engine.stats().zone.plotCount).toBe(current.size);
    expect([...engine.classes().entries()].sort()).toEqual([...rebuilt.classes().entries()].sort());
  });
});

describe('zone engine, per-plot figures and views', () => {
  const engine = createZoneEngine(fixtureInput());

  it('gives a plot its area, efficiency, compliance, class and districts largest share first', () => {
    const figures = engine.plotFigures('P2');
    expect(figures?.areaM2).toBe(10_000);
    // 10 000 m² = 15 亩: investment 3 000 / 15 = 200 < 250, tax 100 / 15 ≈ 6.7 < 20
    expect(figures?.efficiency.investmentWanYuanPerMu).toBeCloseTo(200, 10);
    expect(figures?.compliance.slice(0, 3).map((c) => c.verdict)).toEqual(['fail', 'fail', 'fail']);
    expect(figures?.districtIds).toEqual(['west', 'north']);
    expect(figures?.parkIds).toEqual([]);
    // ranked: P1 (30 per 亩), P2 (6.7 per 亩); P7 has no tax → 2 plots: A and C
    expect([engine.plotFigures('P1')?.efficiencyClass, figures?.efficiencyClass]).toEqual(['A', 'C']);
    expect(engine.plotFigures('unknown')).toBeUndefined();
  });

  it('checks compliance against the preset set last', () => {
    const local = createZoneEngine(fixtureInput());
    local.setThresholds({ ...EXAMPLE_THRESHOLDS, minInvestmentWanYuanPerMu: 200 });
    expect(local.plotFigures('P2')?.compliance[0]).toMatchObject({ indicator: 'investmentWanYuanPerMu', verdict: 'pass' });
  });

  it('clusters supplied plots per industry and grids all plots into hexagons', () => {
    // the fixture's centroids all coincide; only 2 plots are supplied to white goods (< minPts 3)
    expect(engine.clusters('white-goods')).toHaveLength(0);
    expect(engine.clusters('white-goods', { minPts: 2 })[0]?.plotIds).toEqual(['P1', 'P2']);
    const cells = engine.hexGrid();
    expect(cells.map((c) => [c.plotCount, c.areaM2])).toEqual([[7, 135_000]]);
    expect(engine.hexGrid()).toBe(cells);
  });
});

function expectClose(actual: unknown, expected: unknown, path = ''): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    if (Math.abs(actual - expected) > tolerance) expect.fail(`${path}: ${actual} ≠ ${expected}`);
    return;
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    if (Array.isArray(expected)) expect(actual, path).toHaveLength(expected.length);
    for (const key of Object.keys(expected)) {
      expectClose((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}
