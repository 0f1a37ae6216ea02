/**
 * Grid DBSCAN: the clusters of `dbscan` (dbscan.ts), label for label, with far fewer distance
 * tests. Points go into cells of side just under eps/√2 (dbscanCells.ts), so any two points of
 * a cell are neighbours:
 * - core points: every point of a cell holding at least minPts points is core with no test;
 *   any other point counts its cell and then the other 24 cells around it, stopping at minPts;
 * - clusters: the core points of a cell are all linked, so clusters are unions of cells; two
 *   cells around each other are joined when some pair of their core points is within eps
 *   (stopping at the first pair);
 * - numbering: a cluster's index is its rank by smallest core point index, the order in which
 *   `dbscan`'s scan in index order discovers it;
 * - border points: a point that is not core joins the cluster of smallest index among those with
 *   a core point within eps (the first to reach it in `dbscan`), else it is noise (-1).
 * "Within eps" is the same test on the same numbers as in `dbscan` (dx² + dy² ≤ eps²), and a
 * point is core when its count is not below minPts, as there.
 */
import type { PointCells } from './dbscanCells.ts';
import { AROUND, createPointCells, withinEps } from './dbscanCells.ts';
import { joinCells } from './dbscanJoin.ts';

export interface GridDbscanResult {
  labels: Int32Array;
  core: Uint8Array;
  clusterCount: number;
}

/** Core flag of each point (by position in `cells.members`). */
function corePositions(cells: PointCells, minPts: number, radius2: number): Uint8Array {
  const { starts, around } = cells;
  const core = new Uint8Array(cells.members.length);
  for (let c = 0; c < cells.count; c++) {
    const start = starts[c] as number;
    const end = starts[c + 1] as number;
    if (!(end - start < minPts)) {
      core.fill(1, start, end);
      continue;
    }
    for (let k = start; k < end; k++) {
      let found = end - start;
      for (let a = c * AROUND; a < (c + 1) * AROUND && found < minPts; a++) {
        const d = around[a] as number;
        if (d < 0 || d === c) continue;
        for (let q = starts[d] as number; q < (starts[d + 1] as number) && found < minPts; q++) if (withinEps(cells, k, q, radius2)) found += 1;
      }
      if (!(found < minPts)) core[k] = 1;
    }
  }
  return core;
}

/** Cluster of a point that is not core: the smallest cluster with a core point within eps, or -1. */
function borderCluster(cells: PointCells, core: Uint8Array, clusterOfCell: Int32Array, k: number, radius2: number): number {
  const c = cells.cellOfPoint[cells.members[k] as number] as number;
  let best = -1;
  for (let a = c * AROUND; a < (c + 1) * AROUND; a++) {
    const d = cells.around[a] as number;
    const cluster = d < 0 ? -1 : (clusterOfCell[d] as number);
    if (cluster < 0 || (best >= 0 && cluster >= best)) continue;
    for (let q = cells.starts[d] as number; q < (cells.starts[d + 1] as number); q++) {
      if (core[q] === 1 && withinEps(cells, k, q, radius2)) {
        best = cluster;
        break;
      }
    }
  }
  return best;
}

/** DBSCAN of planar points (metres); undefined when the grid cannot be used (eps ≤ 0, a coordinate not finite). */
export function gridDbscan(xs: Float64Array, ys: Float64Array, epsM: number, minPts: number): GridDbscanResult | undefined {
  const cells = createPointCells(xs, ys, epsM);
  if (cells === undefined) return undefined;
  const radius2 = epsM * epsM;
  const n = xs.length;
  const corePosition = corePositions(cells, minPts, radius2);
  const rootOfCell = joinCells(cells, corePosition, epsM, radius2);
  const positionOf = new Int32Array(n);
  for (let k = 0; k < n; k++) positionOf[cells.members[k] as number] = k;
  // clusters numbered in order of their smallest core point
  const clusterOfRoot = new Int32Array(cells.count).fill(-1);
  const labels = new Int32Array(n);
  const core = new Uint8Array(n);
  let clusterCount = 0;
  for (let i = 0; i < n; i++) {
    if (corePosition[positionOf[i] as number] === 0) continue;
    const r = rootOfCell[cells.cellOfPoint[i] as number] as number;
    if (clusterOfRoot[r] === -1) clusterOfRoot[r] = clusterCount++;
    core[i] = 1;
    labels[i] = clusterOfRoot[r] as number;
  }
  const clusterOfCell = new Int32Array(cells.count);
  for (let c = 0; c < cells.count; c++) {
    const r = rootOfCell[c] as number;
    clusterOfCell[c] = r < 0 ? -1 : (clusterOfRoot[r] as number);
  }
  for (let i = 0; i < n; i++) {
    if (core[i] === 0) labels[i] = borderCluster(cells, corePosition, clusterOfCell, positionOf[i] as number, radius2);
  }
  return { labels, core, clusterCount };
}
