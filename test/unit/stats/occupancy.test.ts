import { describe, expect, it } from 'vitest';
import { createZoneEngine } from '../../../src/stats/engine.ts';
import type { Occupancy } from '../../../src/stats/types.ts';
import { SQUARE, fixtureInput } from './zoneFixture.ts';

function occupancy(areaId: string): Occupancy {
  const stats = createZoneEngine(fixtureInput()).stats();
  const row = [stats.zone, ...stats.districts, ...stats.parks].find((o) => o.areaId === areaId);
  if (row === undefined) throw new Error(areaId);
  return row;
}

describe('occupancy (hand-worked on zoneFixture.ts)', () => {
  it('counts the north district: P1 20 000 + P2 3 000 (30 % share) + P5 10 000 + P7 5 000', () => {
    const north = occupancy('north');
    expect(north).toMatchObject({
      landAreaM2: 1_000_000, plotCount: 4, plottedAreaM2: 38_000, developableAreaM2: 38_000, suppliedAreaM2: 28_000,
      builtAreaM2: 28_000, idleAreaM2: 0, vacantAreaM2: 10_000, industrialAreaM2: 38_000,
      standardFactoryFloorAreaM2: 8_000, standardFactoryLeasedFloorAreaM2: 6_000,
    });
    expect(north.occupancyRatio).toBeCloseTo(28 / 38, 12);
    expect(north.builtRatio).toBe(1);
    expect(north.idleRatio).toBe(0);
    expect(north.coverageRatio).toBeCloseTo(0.038, 12);
    expect(north.industrialLandRatio).toBe(1);
    expect(north.standardFactoryOccupancyRatio).toBe(0.75);
  });

  it('counts the west district: P2 7 000 (70 % share) + P3 + P6 developable, the park green P4 only as plotted', () => {
    const west = occupancy('west');
    expect(west).toMatchObject({
      plotCount: 4, plottedAreaM2: 97_000, developableAreaM2: 57_000, suppliedAreaM2: 57_000, builtAreaM2: 7_000,
      idleAreaM2: 20_000, vacantAreaM2: 0, industrialAreaM2: 7_000,
    });
    expect(west.occupancyRatio).toBe(1);
    expect(west.builtRatio).toBeCloseTo(7 / 57, 12);
    expect(west.idleRatio).toBeCloseTo(20 / 57, 12);
    expect(west.coverageRatio).toBeCloseTo(0.0485, 12);
    expect(west.industrialLandRatio).toBeCloseTo(7 / 57, 12);
  });

  it('gives no data, not 0 %, for the standard-factory occupancy of a district without standard factories', () => {
    expect(occupancy('west').standardFactoryOccupancyRatio).toBeNull();
  });

  it('makes the zone the sum of its districts, the split plot counted once', () => {
    const zone = occupancy('zone');
    expect(zone).toMatchObject({
      landAreaM2: 3_000_000, plotCount: 7, plottedAreaM2: 135_000, developableAreaM2: 95_000, suppliedAreaM2: 85_000,
      builtAreaM2: 35_000, idleAreaM2: 20_000, vacantAreaM2: 10_000, industrialAreaM2: 45_000,
    });
    expect(zone.occupancyRatio).toBeCloseTo(85 / 95, 12);
  });

  it('counts a park by the part of its plots inside it', () => {
    expect(occupancy('wg')).toMatchObject({ landAreaM2: 200_000, plotCount: 1, suppliedAreaM2: 20_000, coverageRatio: 0.1 });
  });

  it('reports every ratio of an empty district as no data', () => {
    const input = fixtureInput([]);
    const north = createZoneEngine(input).stats().districts[0];
    expect(north).toMatchObject({
      plotCount: 0, plottedAreaM2: 0, occupancyRatio: null, builtRatio: null, idleRatio: null,
      industrialLandRatio: null, standardFactoryOccupancyRatio: null, coverageRatio: 0,
    });
  });

  it('counts standard-factory occupancy only over factories that report both floor and leased area', () => {
    const input = fixtureInput();
    input.plots = [
      ...input.plots,
      { id: 'P8', geometry: SQUARE, properties: {}, attributes: { landUse: '1001', status: 'built', standardFactory: true, floorAreaM2: 4000 } },
    ];
    const footprintOf = input.footprintOf;
    input.footprintOf = (plot) => (plot.id === 'P8' ? { plotId: 'P8', areaM2: 2000, districtShares: [{ areaId: 'north', areaM2: 2000 }], parkShares: [], centroid: [116, 40] } : footprintOf(plot));
    const north = createZoneEngine(input).stats().districts[0];
    expect(north?.standardFactoryFloorAreaM2).toBe(12_000);
    expect(north?.standardFactoryOccupancyRatio).toBe(0.75);
  });
});
