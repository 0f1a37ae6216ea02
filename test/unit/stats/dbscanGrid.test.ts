import { describe, expect, it } from 'vitest';
import { dbscanByQueries } from '../../../src/stats/dbscan.ts';
import { gridDbscan } from '../../../src/stats/dbscanGrid.ts';
import { mulberry32 } from '../seededRandom.ts';

/** Planar points in metres. */
function planar(points: Array<[number, number]>): { xs: Float64Array; ys: Float64Array } {
  return { xs: Float64Array.from(points, (p) => p[0]), ys: Float64Array.from(points, (p) => p[1]) };
}

function run(points: Array<[number, number]>, epsM: number, minPts: number) {
  const { xs, ys } = planar(points);
  const result = gridDbscan(xs, ys, epsM, minPts);
  if (result === undefined) throw new Error('grid DBSCAN refused the points');
  return { labels: [...result.labels], core: [...result.core], clusterCount: result.clusterCount };
}

describe('grid DBSCAN', () => {
  it('makes every point of a tight group core without counting across cells', () => {
    expect(run([[0, 0], [50, 0], [0, 50], [2000, 0]], 300, 3)).toEqual({ labels: [0, 0, 0, -1], core: [1, 1, 1, 0], clusterCount: 1 });
  });

  it('joins two groups whose nearest points are 290 m apart, and not at 310 m', () => {
    const groups = (gap: number): Array<[number, number]> => [[0, 0], [10, 0], [20, 0], [20 + gap, 0], [30 + gap, 0], [40 + gap, 0]];
    expect(run(groups(290), 300, 3).labels).toEqual([0, 0, 0, 0, 0, 0]);
    expect(run(groups(310), 300, 3).labels).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('counts a pair exactly eps apart as neighbours', () => {
    expect(run([[0, 0], [300, 0], [600, 0]], 300, 3)).toEqual({ labels: [0, 0, 0], core: [0, 1, 0], clusterCount: 1 });
  });

  it('gives a border point between two clusters to the one found first (smallest core point)', () => {
    // the border point (index 0) is within 300 m of a core point of each cluster
    const points: Array<[number, number]> = [[0, 0], [-280, 0], [-300, 40], [-300, -40], [280, 0], [300, 40], [300, -40]];
    const result = run(points, 300, 4);
    expect(result.core).toEqual([0, 1, 0, 0, 1, 0, 0]);
    expect(result.labels).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });

  it('finds the same labels, core points and cluster count as DBSCAN by neighbour queries', () => {
    const random = mulberry32(11);
    for (let trial = 0; trial < 200; trial++) {
      const count = Math.floor(random() * 300);
      const lattice = trial % 3 === 0;
      const points: Array<[number, number]> = Array.from({ length: count }, () => (lattice
        ? [Math.floor(random() * 12) * 150, Math.floor(random() * 12) * 150]
        : [random() * 3000 * (1 + (trial % 4)), random() * 3000]));
      for (const [epsM, minPts] of [[300, 3], [150, 2], [450, 5], [300, 1]] as const) {
        const { xs, ys } = planar(points);
        const plain = dbscanByQueries(xs, ys, epsM, minPts);
        expect(run(points, epsM, minPts)).toEqual({ labels: [...plain.labels], core: [...plain.core], clusterCount: plain.clusterCount });
      }
    }
  });

  it('refuses eps ≤ 0 and points without finite coordinates (the plain algorithm takes them)', () => {
    const { xs, ys } = planar([[0, 0], [1, 1]]);
    expect(gridDbscan(xs, ys, 0, 2)).toBeUndefined();
    expect(gridDbscan(Float64Array.from([0, Number.NaN]), ys, 300, 2)).toBeUndefined();
  });
});
