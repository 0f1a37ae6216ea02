import { clustersDbscan, featureCollection, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { dbscan } from '../../../src/stats/dbscan.ts';
import { eastNorth } from './geodesicOracle.ts';
import { mulberry32 } from '../seededRandom.ts';

const ORIGIN: [number, number] = [116.4, 39.9];

/** Points at east/north offsets in metres; every test distance stays ≥ 20 m away from eps. */
function at(offsets: Array<[number, number]>): Array<[number, number]> {
  return offsets.map(([e, n]) => eastNorth(ORIGIN, e, n));
}

describe('DBSCAN over plot centroids', () => {
  it('finds two groups and leaves the far point as noise', () => {
    const points = at([[0, 0], [100, 0], [0, 100], [100, 100], [2000, 0], [2150, 0], [2000, 150], [5000, 5000]]);
    const { labels, clusterCount } = dbscan(points, { epsM: 300, minPts: 3 });
    expect(clusterCount).toBe(2);
    expect([...labels]).toEqual([0, 0, 0, 0, 1, 1, 1, -1]);
  });

  it('links a chain of points 250 m apart into one cluster, and none at 350 m', () => {
    const chain = (step: number) => at(Array.from({ length: 6 }, (_, i): [number, number] => [i * step, 0]));
    const linked = dbscan(chain(250), { epsM: 300, minPts: 3 });
    expect([...linked.labels]).toEqual([0, 0, 0, 0, 0, 0]);
    // the ends have only one neighbour (2 with themselves): border points, not core
    expect([...linked.core]).toEqual([0, 1, 1, 1, 1, 0]);
    expect([...dbscan(chain(350), { epsM: 300, minPts: 3 }).labels]).toEqual([-1, -1, -1, -1, -1, -1]);
  });

  it('takes a point within eps of a core point as a border point, and one step further as noise', () => {
    // minPts 4: a core group of 4 within 100 m; (330, 0) is 280 m from (50, 0) and more than
    // 300 m from the others, so it has 3 points with itself: border; (610, 0) has only 2: noise
    const points = at([[330, 0], [0, 0], [50, 0], [0, -60], [-50, 30], [610, 0]]);
    const { labels, core } = dbscan(points, { epsM: 300, minPts: 4 });
    expect([...labels]).toEqual([0, 0, 0, 0, 0, -1]);
    expect([...core]).toEqual([0, 1, 1, 1, 1, 0]);
  });

  it('counts the point itself toward minPts', () => {
    const points = at([[0, 0], [100, 0], [0, 100]]);
    expect([...dbscan(points, { epsM: 300, minPts: 3 }).labels]).toEqual([0, 0, 0]);
    expect([...dbscan(points, { epsM: 300, minPts: 4 }).labels]).toEqual([-1, -1, -1]);
  });

  it('uses 300 m and 3 points by default, and handles no points', () => {
    expect([...dbscan(at([[0, 0], [280, 0], [0, 280]])).labels]).toEqual([0, 0, 0]);
    expect(dbscan([]).clusterCount).toBe(0);
  });

  it('assigns the same clusters as turf.clustersDbscan on a random set', () => {
    const random = mulberry32(20240611);
    const epsM = 300;
    // 8 blobs of 80 points (σ ≈ 150 m) and 300 points spread over 8 km × 8 km, at 23° N
    const centres = Array.from({ length: 8 }, () => [random() * 8000, random() * 8000]);
    const blobs = centres.flatMap(([e, n]) => Array.from({ length: 80 }, () => [(e ?? 0) + gauss(random) * 150, (n ?? 0) + gauss(random) * 150]));
    const spread = Array.from({ length: 300 }, () => [random() * 8000, random() * 8000]);
    let points = [...blobs, ...spread].map(([e, n]) => eastNorth([113.3, 23.1], e ?? 0, n ?? 0));
    // leave out points with a neighbour within 0.5 % of eps, where the metrics (local ellipsoidal
    // plane here, haversine on a 6 371 km sphere in turf) may disagree
    points = withoutNearTies(points, epsM, 0.005);
    const ours = dbscan(points, { epsM, minPts: 4 });
    const theirs = clustersDbscan(featureCollection(points.map((p) => point(p))), epsM, { units: 'meters', minPoints: 4 });
    const turfLabels = theirs.features.map((f) => (f.properties.dbscan === 'noise' ? -1 : (f.properties.cluster ?? -1)));
    expect(points.length).toBeGreaterThan(700);
    expect(ours.clusterCount).toBeGreaterThan(5);
    expect([...ours.labels]).toEqual(turfLabels);
  });
});


function gauss(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function haversineM(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

function withoutNearTies(points: Array<[number, number]>, epsM: number, band: number): Array<[number, number]> {
  const kept: Array<[number, number]> = [];
  for (const p of points) {
    if (kept.every((q) => Math.abs(haversineM(p, q) - epsM) > band * epsM)) kept.push(p);
  }
  return kept;
}
