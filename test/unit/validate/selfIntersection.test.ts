/**
 * Self-intersections by the segment sweep. Expected counts come from how the shapes are built:
 * in a regular polygon (convex), swapping two neighbouring vertices k and k+1 makes the chords
 * (k−1 → k+1) and (k → k+2) cross, exactly once; nothing else crosses.
 */
import { describe, expect, it } from 'vitest';
import { findPolygonDefects } from '../../../src/geo/validate/polygonDefects.ts';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { box, polygonFeature } from './helpers.ts';

function regularRing(cx: number, cy: number, radius: number, n: number, rotation: number): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = rotation + (2 * Math.PI * i) / n;
    ring.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  }
  ring.push((ring[0] as number[]).slice());
  return ring;
}

/** Swaps vertices k and k+1 (0 < k < n − 2, keeping the closing vertex intact). */
function swapNeighbours(ring: number[][], k: number): void {
  const a = ring[k] as number[];
  ring[k] = ring[k + 1] as number[];
  ring[k + 1] = a;
}

describe('self-intersection', () => {
  it('counts the one crossing of a figure-8 through a shared vertex', () => {
    const figure8 = [[0, 0], [1, 1], [2, 2], [2, 0], [1, 1], [0, 2], [0, 0]];
    expect(findPolygonDefects([figure8])).toMatchObject({ crossings: 1, crossingAt: [1, 1], selfTouches: 0 });
  });

  it('tells a pinched ring (touching itself without crossing) from a crossing', () => {
    const pinched = [[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1], [0, 0]];
    expect(findPolygonDefects([pinched])).toMatchObject({ crossings: 0, selfTouches: 1, selfTouchAt: [1, 1] });
  });

  it('counts a vertex lying on another edge of its own ring as a touch', () => {
    const ring = [[0, 0], [4, 0], [4, 4], [2, 0], [0, 4], [0, 0]];
    expect(findPolygonDefects([ring])).toMatchObject({ crossings: 0, selfTouches: 1, selfTouchAt: [2, 0] });
  });

  it('accepts a hole touching its outline at one point and flags two points', () => {
    const outer = box(0, 0, 10, 10);
    const oneTouch = [[0, 5], [5, 3], [5, 7], [0, 5]];
    const twoTouches = [[0, 5], [5, 3], [10, 5], [5, 7], [0, 5]];
    expect(findPolygonDefects([outer, oneTouch])).toMatchObject({ crossings: 0, ringContacts: 0 });
    expect(findPolygonDefects([outer, twoTouches])).toMatchObject({ crossings: 0, ringContacts: 1, ringContactPoints: 2 });
  });

  it('counts a hole crossing its outline as a crossing', () => {
    const outer = box(0, 0, 10, 10);
    const hole = [[8, 4], [12, 4], [12, 6], [8, 6], [8, 4]];
    expect(findPolygonDefects([outer, hole]).crossings).toBe(2);
  });

  it('finds every crossing in 20 000 polygons of 100 vertices (2 million vertices)', () => {
    const polygons: number[][][][] = [];
    const expected: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const ring = regularRing(100 + (i % 200) * 0.01, 30 + Math.floor(i / 200) * 0.01, 0.004, 100, i * 0.001);
      const swaps = i % 7 === 0 ? [10, 50] : i % 5 === 0 ? [33] : [];
      for (const k of swaps) swapNeighbours(ring, k);
      polygons.push([ring]);
      expected.push(swaps.length);
    }
    const found = polygons.map((p) => findPolygonDefects(p).crossings);
    expect(found).toEqual(expected);
  });

  it('finds 40 crossings spread over one ring of a million vertices', () => {
    const ring = regularRing(117, 31, 0.5, 1_000_000, 0.3);
    for (let m = 1; m <= 40; m++) swapNeighbours(ring, m * 24_000);
    const defects = findPolygonDefects([ring]);
    expect(defects.crossings).toBe(40);
    expect(defects.selfTouches).toBe(0);
  });

  it('imports a self-intersecting plot with a warning naming the place', () => {
    const bowtie = [[117.2, 31.8], [117.21, 31.81], [117.21, 31.8], [117.2, 31.81], [117.2, 31.8]];
    const { report, features } = validateGeoJson(polygonFeature('X', [bowtie]), { kind: 'plots' });
    expect(features).toHaveLength(1);
    expect(report.warnings).toMatchObject([{ code: 'self-intersection', featureId: 'X', details: { count: 1 } }]);
    expect(report.warnings[0]?.messageZh).toContain('117.205, 31.805');
  });
});
