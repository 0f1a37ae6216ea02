/**
 * DBSCAN (Ester et al. 1996) over lon/lat points, with the semantics of `turf.clustersDbscan`:
 * a point is core when at least `minPts` points, itself included, lie within `epsM` (distance
 * ≤ epsM); clusters are the core points connected through core neighbours plus the border points
 * they reach; a border point reachable from two clusters joins the one found first; the rest is
 * noise (-1).
 *
 * Distances are taken in a local tangent plane around the points' mean (localProjection.ts:
 * the ellipsoid's radii at that latitude), exact to 1e-6 within 5 km and well within 0.1 %
 * across a city-sized zone. The clusters are found by grid DBSCAN (dbscanGrid.ts: cells of side
 * eps/√2, whose points are all neighbours, so dense cells need no distance test), with the same
 * labels as the plain algorithm below; that one (one neighbour query per point on a grid of
 * cell size eps, pointGrid.ts) remains for eps ≤ 0 and points off the map.
 */
import type { Position } from '../domain/geometry.ts';
import { createLocalProjection } from '../geo/localProjection.ts';
import { gridDbscan } from './dbscanGrid.ts';
import { createPointGrid } from './pointGrid.ts';

export const DEFAULT_EPS_M = 300;
export const DEFAULT_MIN_POINTS = 3;

export interface DbscanOptions {
  /** neighbourhood radius, metres (default 300) */
  epsM?: number;
  /** points within eps, the point itself included, that make a core point (default 3) */
  minPts?: number;
}

export interface DbscanResult {
  /** cluster index of each point (0, 1, … in order of discovery), or -1 for noise */
  labels: Int32Array;
  /** 1 where the point is a core point */
  core: Uint8Array;
  clusterCount: number;
}

const UNVISITED = -2;
const NOISE = -1;

/** Points as metres east and north of their mean position. */
export function projectToPlane(points: readonly Position[]): { xs: Float64Array; ys: Float64Array } {
  const n = points.length;
  let lonSum = 0;
  let latSum = 0;
  for (let i = 0; i < n; i++) {
    const p = points[i] as Position;
    lonSum += p[0] as number;
    latSum += p[1] as number;
  }
  const projection = createLocalProjection([n > 0 ? lonSum / n : 0, n > 0 ? latSum / n : 0]);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = points[i] as Position;
    xs[i] = ((p[0] as number) - projection.originLon) * projection.eastMPerDeg;
    ys[i] = ((p[1] as number) - projection.originLat) * projection.northMPerDeg;
  }
  return { xs, ys };
}

export function dbscan(points: readonly Position[], options: DbscanOptions = {}): DbscanResult {
  const epsM = options.epsM ?? DEFAULT_EPS_M;
  const minPts = options.minPts ?? DEFAULT_MIN_POINTS;
  const { xs, ys } = projectToPlane(points);
  return gridDbscan(xs, ys, epsM, minPts) ?? dbscanByQueries(xs, ys, epsM, minPts);
}

/**
 * DBSCAN by one neighbour query per point (pointGrid.ts), on planar points (metres): the plain
 * algorithm, for eps ≤ 0 and points off the map, and the reference of grid DBSCAN's tests.
 */
export function dbscanByQueries(xs: Float64Array, ys: Float64Array, epsM: number, minPts: number): DbscanResult {
  const grid = createPointGrid(xs, ys, epsM);
  const n = xs.length;
  const labels = new Int32Array(n).fill(UNVISITED);
  const core = new Uint8Array(n);
  const scratch: number[] = [];
  const queue: number[] = [];
  let clusterCount = 0;
  // claims the unlabelled neighbours of a core point: noise becomes border (already queried,
  // not core), unvisited points join and wait in the queue to be queried once
  const claim = (found: number, cluster: number): void => {
    for (let k = 0; k < found; k++) {
      const m = scratch[k] as number;
      const label = labels[m] as number;
      if (label >= 0) continue;
      labels[m] = cluster;
      if (label === UNVISITED) queue.push(m);
    }
  };
  for (let i = 0; i < n; i++) {
    if (labels[i] !== UNVISITED) continue;
    const found = grid.neighbours(i, scratch);
    if (found < minPts) {
      labels[i] = NOISE;
      continue;
    }
    const cluster = clusterCount++;
    labels[i] = cluster;
    core[i] = 1;
    claim(found, cluster);
    while (queue.length > 0) {
      const j = queue.pop() as number;
      const reach = grid.neighbours(j, scratch);
      if (reach < minPts) continue;
      core[j] = 1;
      claim(reach, cluster);
    }
  }
  return { labels, core, clusterCount };
}
