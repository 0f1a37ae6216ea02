/**
 * The clusters of grid DBSCAN (dbscanGrid.ts) as unions of cells: the core points of one cell
 * are all linked, so two cells around each other belong to one cluster when some pair of their
 * core points is within eps. Cells next to each other are tested first (they join most cells,
 * so fewer pairs of cells two apart need a test), each test stops at the first pair within eps,
 * and boxes of the cells' core points farther apart than eps skip the test.
 */
import type { PointCells } from './dbscanCells.ts';
import { AROUND, withinEps } from './dbscanCells.ts';

/** Box of the core points of each cell (minX, minY, maxX, maxY; empty when it has none). */
function coreBoxes(cells: PointCells, core: Uint8Array): Float64Array {
  const boxes = new Float64Array(cells.count * 4);
  for (let c = 0; c < cells.count; c++) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let k = cells.starts[c] as number; k < (cells.starts[c + 1] as number); k++) {
      if (core[k] === 0) continue;
      minX = Math.min(minX, cells.xs[k] as number);
      minY = Math.min(minY, cells.ys[k] as number);
      maxX = Math.max(maxX, cells.xs[k] as number);
      maxY = Math.max(maxY, cells.ys[k] as number);
    }
    boxes.set([minX, minY, maxX, maxY], c * 4);
  }
  return boxes;
}

/**
 * True when some core point of cell c is within eps of some core point of cell d. Boxes
 * farther apart than eps (with a margin far above rounding) cannot hold such a pair.
 */
function coresMeet(cells: PointCells, core: Uint8Array, boxes: Float64Array, c: number, d: number, epsM: number, radius2: number): boolean {
  const gapX = Math.max(0, (boxes[d * 4] as number) - (boxes[c * 4 + 2] as number), (boxes[c * 4] as number) - (boxes[d * 4 + 2] as number));
  const gapY = Math.max(0, (boxes[d * 4 + 1] as number) - (boxes[c * 4 + 3] as number), (boxes[c * 4 + 1] as number) - (boxes[d * 4 + 3] as number));
  if (gapX * gapX + gapY * gapY > radius2 * (1 + 1e-9) + epsM * 1e-9) return false;
  const { starts } = cells;
  for (let k = starts[c] as number; k < (starts[c + 1] as number); k++) {
    if (core[k] === 0) continue;
    for (let q = starts[d] as number; q < (starts[d + 1] as number); q++) if (core[q] === 1 && withinEps(cells, k, q, radius2)) return true;
  }
  return false;
}

/** Offsets (slots of the 5 × 5 block after its centre) of the cells next to a cell, then of the cells two away. */
const NEXT_SLOTS = [13, 16, 17, 18];
const FAR_SLOTS = [14, 15, 19, 20, 21, 22, 23, 24];

/** Root cell of each cell's cluster (union–find over cells with core points), -1 for a cell without. */
export function joinCells(cells: PointCells, core: Uint8Array, epsM: number, radius2: number): Int32Array {
  const parent = new Int32Array(cells.count);
  for (let c = 0; c < cells.count; c++) parent[c] = c;
  const root = (c: number): number => {
    let r = c;
    while (parent[r] !== r) r = parent[r] as number;
    for (let x = c; parent[x] !== r; ) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const boxes = coreBoxes(cells, core);
  const hasCore = (c: number): boolean => (boxes[c * 4] as number) <= (boxes[c * 4 + 2] as number);
  // cells next to each other first: they join most cells, so fewer pairs two apart need a test
  for (const slots of [NEXT_SLOTS, FAR_SLOTS]) {
    for (let c = 0; c < cells.count; c++) {
      if (!hasCore(c)) continue;
      for (const slot of slots) {
        const d = cells.around[c * AROUND + slot] as number;
        if (d < 0 || !hasCore(d) || root(c) === root(d)) continue;
        if (coresMeet(cells, core, boxes, c, d, epsM, radius2)) parent[root(d)] = root(c);
      }
    }
  }
  for (let c = 0; c < cells.count; c++) parent[c] = hasCore(c) ? root(c) : -1;
  return parent;
}
