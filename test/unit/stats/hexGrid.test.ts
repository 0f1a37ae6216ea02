import { describe, expect, it } from 'vitest';
import { axialOf, hexGrid } from '../../../src/stats/hexGrid.ts';
import { eastNorth, geodesicDistanceM } from './geodesicOracle.ts';

const ORIGIN: [number, number] = [114.05, 22.55];
const SIZE_M = 250;
const H = (Math.sqrt(3) / 2) * SIZE_M; // 216.5 m: centre to a flat side

function keyAt(eastM: number, northM: number): string {
  const cells = hexGrid([{ centroid: eastNorth(ORIGIN, eastM, northM), areaM2: 1 }], { cellSizeM: SIZE_M, origin: ORIGIN });
  return cells[0]?.key ?? '';
}

describe('hexagon density grid (flat-topped, side 250 m, axial q,r)', () => {
  it('puts the origin in hexagon 0,0 and the neighbours\' centres in their hexagons', () => {
    expect(keyAt(0, 0)).toBe('0,0');
    expect(keyAt(375, H)).toBe('1,0'); // centre of (1,0): x = 1.5·250, y = √3·250·½
    expect(keyAt(0, 2 * H)).toBe('0,1');
    expect(keyAt(-375, -H)).toBe('-1,0');
    expect(keyAt(375, -H)).toBe('1,-1');
  });

  it('keeps a point 240 m east (inside the east corner) in 0,0 but moves one 230 m north across the flat side', () => {
    expect(keyAt(240, 0)).toBe('0,0');
    expect(keyAt(0, 230)).toBe('0,1');
    expect(keyAt(0, 200)).toBe('0,0');
  });

  it('rounds planar points to the nearest hexagon centre', () => {
    expect(axialOf(0, 0, SIZE_M)).toEqual([0, 0]);
    expect(axialOf(375, -H + 10, SIZE_M)).toEqual([1, -1]);
    expect(axialOf(-2 * 375, 0, SIZE_M)).toEqual([-2, 1]);
  });

  it('counts plots and sums their areas per hexagon', () => {
    const points = [[0, 0, 100], [50, 50, 200], [375, H, 400]].map(([e, n, areaM2]) => ({ centroid: eastNorth(ORIGIN, e ?? 0, n ?? 0), areaM2: areaM2 ?? 0 }));
    const cells = hexGrid(points, { cellSizeM: SIZE_M, origin: ORIGIN });
    expect(cells.map((c) => [c.key, c.plotCount, c.areaM2])).toEqual([['0,0', 2, 300], ['1,0', 1, 400]]);
  });

  it('draws each hexagon as a closed ring of 6 corners 250 m from its centre', () => {
    const [cell] = hexGrid([{ centroid: ORIGIN, areaM2: 1 }], { cellSizeM: SIZE_M, origin: ORIGIN });
    expect(cell?.ring).toHaveLength(7);
    expect(cell?.ring[6]).toEqual(cell?.ring[0]);
    for (const corner of cell?.ring ?? []) expect(geodesicDistanceM(ORIGIN, corner)).toBeCloseTo(SIZE_M, 2);
  });

  it('uses 250 m by default and skips a plot without a usable centroid', () => {
    const cells = hexGrid([{ centroid: [NaN, NaN], areaM2: 5 }, { centroid: ORIGIN, areaM2: 1 }], { origin: ORIGIN });
    expect(cells.map((c) => c.key)).toEqual(['0,0']);
  });
});
