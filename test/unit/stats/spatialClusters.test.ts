import { describe, expect, it } from 'vitest';
import { convexHullRing } from '../../../src/stats/convexHull.ts';
import { spatialClusters } from '../../../src/stats/spatialClusters.ts';
import { eastNorth, geodesicRingAreaM2 } from './geodesicOracle.ts';

describe('convex hull (monotone chain)', () => {
  it('keeps the corners of a square, drops an inner point, and closes the ring counter-clockwise', () => {
    expect(convexHullRing([[1, 1], [0, 0], [2, 0], [2, 2], [0, 2]])).toEqual([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
  });

  it('drops a point in the middle of an edge', () => {
    expect(convexHullRing([[0, 0], [1, 0], [2, 0], [2, 2], [0, 2]])).toEqual([[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
  });

  it('is empty for fewer than 3 distinct points or points on one line', () => {
    expect(convexHullRing([[0, 0], [1, 1]])).toEqual([]);
    expect(convexHullRing([[0, 0], [0, 0], [0, 0]])).toEqual([]);
    expect(convexHullRing([[0, 0], [1, 1], [2, 2], [3, 3]])).toEqual([]);
  });
});

describe('spatial clusters of one industry', () => {
  const origin: [number, number] = [120.15, 30.28];
  // four plots on the corners of a 200 m square, one 150 m off its east side, one far away
  const offsets: Array<[number, number]> = [[0, 0], [200, 0], [200, 200], [0, 200], [350, 100], [3000, 0]];
  const plots = offsets.map(([e, n], i) => ({ plotId: `L${i}`, centroid: eastNorth(origin, e, n), areaM2: 1000 * (i + 1) }));
  const clusters = spatialClusters('leather', plots);

  it('groups the plots within 300 m of each other and leaves the far plot out', () => {
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ industry: 'leather', clusterIndex: 0, plotIds: ['L0', 'L1', 'L2', 'L3', 'L4'], plotCount: 5, areaM2: 15_000 });
  });

  it('measures the hull of the member centroids on the ellipsoid and the plot density per km²', () => {
    const cluster = clusters[0];
    // hull: the square (40 000 m²) plus the triangle to (350, 100): ½ · 200 · 150 = 15 000 m²
    expect(cluster?.hull).toHaveLength(6);
    const oracleM2 = geodesicRingAreaM2(cluster?.hull ?? []);
    expect(oracleM2).toBeCloseTo(55_000, -1);
    expect(cluster?.hullAreaM2).toBeCloseTo(oracleM2, 1);
    expect(cluster?.densityPerKm2).toBeCloseTo(5 / (oracleM2 / 1e6), 6);
  });

  it('gives no density for a cluster whose hull has no area', () => {
    const inLine = [0, 100, 200].map((e, i) => ({ plotId: `x${i}`, centroid: eastNorth(origin, e, 0), areaM2: 1 }));
    const [cluster] = spatialClusters('logistics', inLine);
    expect(cluster).toMatchObject({ plotCount: 3, hull: [], hullAreaM2: 0, densityPerKm2: null });
  });
});
