import { describe, expect, it } from 'vitest';
import { buildingHeightOf, derivedFloors } from '../../../src/state/presentHeights.ts';

describe('building heights for 3D', () => {
  it('uses the given height in metres first', () => {
    expect(buildingHeightOf({ heightM: 24, floors: 9 })).toEqual({ heightM: 24, source: 'height' });
  });

  it('turns floors into metres at 3.8 m a storey when no height is given', () => {
    const height = buildingHeightOf({ floors: 6 });
    expect(height.source).toBe('floors');
    expect(height.heightM).toBeCloseTo(22.8, 9);
  });

  it('derives floors from 容积率 ÷ 建筑系数 when floors are missing, and says so', () => {
    // plot 10 000 m², floor area 12 000 m² (容积率 1.2), footprint 4 000 m² (建筑系数 0.4): 3 floors
    const height = buildingHeightOf({ floorArea: 12000, footprintArea: 4000 });
    expect(height.source).toBe('derived');
    expect(height.heightM).toBeCloseTo(11.4, 9);
  });

  it('rounds derived floors and never goes below one floor', () => {
    expect(derivedFloors(10000, 4000)).toBe(3);
    expect(derivedFloors(500, 4000)).toBe(1);
  });

  it('reads numbers written as text', () => {
    expect(buildingHeightOf({ floors: '4' }).heightM).toBeCloseTo(15.2, 9);
  });

  it('draws a plot flat when nothing tells its height', () => {
    expect(buildingHeightOf({ floorArea: 1000 })).toEqual({ heightM: 0, source: 'none' });
    expect(buildingHeightOf({ heightM: -3, floors: 0 })).toEqual({ heightM: 0, source: 'none' });
  });
});
