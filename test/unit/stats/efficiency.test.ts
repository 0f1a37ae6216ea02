import { describe, expect, it } from 'vitest';
import { M2_PER_MU } from '../../../src/domain/units.ts';
import { plotEfficiency } from '../../../src/stats/efficiency.ts';
import { createZoneEngine } from '../../../src/stats/engine.ts';
import { fixtureInput } from './zoneFixture.ts';

describe('per-亩 efficiency of a plot', () => {
  it('divides money by 亩 and floor, footprint, green and admin area by plot area', () => {
    // 20 000 m² = 30 亩
    const efficiency = plotEfficiency(
      { investmentWanYuan: 9000, outputWanYuanPerYear: 15000, taxWanYuanPerYear: 900, floorAreaM2: 20000, footprintAreaM2: 10000, greenAreaM2: 2000, adminAreaM2: 1000 },
      20_000,
    );
    expect(efficiency.investmentWanYuanPerMu).toBeCloseTo(300, 12);
    expect(efficiency.outputWanYuanPerMu).toBeCloseTo(500, 12);
    expect(efficiency.taxWanYuanPerMu).toBeCloseTo(30, 12);
    expect(efficiency).toMatchObject({ floorAreaRatio: 1, buildingCoverageRatio: 0.5, greenRatio: 0.1, adminRatio: 0.05 });
  });

  it('gives no data for a missing figure, and 0 for a figure reported as 0', () => {
    const efficiency = plotEfficiency({ taxWanYuanPerYear: 0 }, M2_PER_MU);
    expect(efficiency.taxWanYuanPerMu).toBe(0);
    expect(efficiency.investmentWanYuanPerMu).toBeNull();
    expect(efficiency.floorAreaRatio).toBeNull();
  });

  it('gives no data for a plot of zero area', () => {
    expect(plotEfficiency({ taxWanYuanPerYear: 10, floorAreaM2: 5 }, 0)).toMatchObject({ taxWanYuanPerMu: null, floorAreaRatio: null });
  });
});

describe('per-亩 roll-up', () => {
  const rows = createZoneEngine(fixtureInput()).stats().efficiency;
  const rowOf = (areaId: string) => rows.find((r) => r.areaId === areaId);

  it('lists the districts, the parks, then the zone', () => {
    expect(rows.map((r) => r.areaId)).toEqual(['north', 'west', 'wg', 'zone']);
  });

  it('scales the split plot\'s figures by its share and counts only plots reporting each figure', () => {
    // north investment: P1 9 000 + 0.3 × 3 000 = 9 900 over 20 000 + 3 000 m² = 34.5 亩
    const north = rowOf('north');
    expect(north?.investmentWanYuanPerMu).toBeCloseTo(9900 / 34.5, 10);
    expect(north?.taxWanYuanPerMu).toBeCloseTo(930 / 34.5, 10);
    // floor: P1 20 000 + P7 8 000 over 20 000 + 5 000 m²; footprint only P1
    expect(north?.floorAreaRatio).toBeCloseTo(1.12, 12);
    expect(north?.buildingCoverageRatio).toBe(0.5);
  });

  it('rolls up the zone as Σ value ÷ Σ area, not as a mean of plot ratios', () => {
    // zone investment: 9 000 + 3 000 over 30 000 m² = 45 亩
    expect(rowOf('zone')?.investmentWanYuanPerMu).toBeCloseTo(12000 / 45, 10);
    // west has no green data at all
    expect(rowOf('west')?.greenRatio).toBeNull();
  });
});
