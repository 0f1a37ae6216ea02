/**
 * A uniform grid over planar points (metres) for fixed-radius neighbour queries: with cell size
 * equal to the radius, every neighbour lies in the 3 × 3 cells around a point, so a query costs
 * O(points nearby) and building costs O(n). Only occupied cells exist (a sparse spread of points,
 * or one stray point far away, costs nothing), and each cell's coordinates are stored
 * contiguously so a query reads memory in order.
 */

export interface PointGrid {
  /** Writes into `out` the indices of points within `radiusM` of point i (i itself included); returns how many. */
  neighbours(i: number, out: number[]): number;
}

interface Cells {
  /** cell id of each point */
  cellOfPoint: Int32Array;
  /** grid column and row of each cell */
  columns: number[];
  rows: number[];
  idOfKey: Map<number, number>;
  keyOf: (column: number, row: number) => number;
}

/** Assigns points to cells; keys stay small integers (fast map keys) for any sane extent. */
function assignCells(xs: Float64Array, ys: Float64Array, cellSize: number): Cells {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i] as number);
    maxX = Math.max(maxX, xs[i] as number);
    minY = Math.min(minY, ys[i] as number);
  }
  const width = Math.floor((maxX - minX) / cellSize) + 3;
  const keyOf = (column: number, row: number): number => row * width + column;
  const cells: Cells = { cellOfPoint: new Int32Array(xs.length), columns: [], rows: [], idOfKey: new Map(), keyOf };
  for (let i = 0; i < xs.length; i++) {
    const column = Math.floor(((xs[i] as number) - minX) / cellSize) + 1;
    const row = Math.floor(((ys[i] as number) - minY) / cellSize) + 1;
    const key = keyOf(column, row);
    let id = cells.idOfKey.get(key);
    if (id === undefined) {
      id = cells.columns.length;
      cells.idOfKey.set(key, id);
      cells.columns.push(column);
      cells.rows.push(row);
    }
    cells.cellOfPoint[i] = id;
  }
  return cells;
}

/** For each cell, the ids of the 3 × 3 cells around it (itself included), -1 where empty. */
function neighbourCells(cells: Cells): Int32Array {
  const count = cells.columns.length;
  const around = new Int32Array(count * 9).fill(-1);
  for (let id = 0; id < count; id++) {
    const column = cells.columns[id] as number;
    const row = cells.rows[id] as number;
    let slot = id * 9;
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) around[slot++] = cells.idOfKey.get(cells.keyOf(column + dc, row + dr)) ?? -1;
    }
  }
  return around;
}

export function createPointGrid(xs: Float64Array, ys: Float64Array, radiusM: number): PointGrid {
  const n = xs.length;
  const cells = assignCells(xs, ys, radiusM > 0 ? radiusM : 1);
  const cellCount = cells.columns.length;
  const starts = new Int32Array(cellCount + 1);
  for (let i = 0; i < n; i++) {
    const next = (cells.cellOfPoint[i] as number) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let c = 0; c < cellCount; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const fill = starts.slice(0, cellCount);
  const members = new Int32Array(n);
  const cellXs = new Float64Array(n);
  const cellYs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cells.cellOfPoint[i] as number;
    const k = fill[c] as number;
    members[k] = i;
    cellXs[k] = xs[i] as number;
    cellYs[k] = ys[i] as number;
    fill[c] = k + 1;
  }
  const around = neighbourCells(cells);
  const radius2 = radiusM * radiusM;
  return {
    neighbours(i, out) {
      const x = xs[i] as number;
      const y = ys[i] as number;
      const base = (cells.cellOfPoint[i] as number) * 9;
      let found = 0;
      for (let a = base; a < base + 9; a++) {
        const c = around[a] as number;
        if (c < 0) continue;
        const end = starts[c + 1] as number;
        for (let k = starts[c] as number; k < end; k++) {
          const ex = (cellXs[k] as number) - x;
          const ey = (cellYs[k] as number) - y;
          if (ex * ex + ey * ey <= radius2) out[found++] = members[k] as number;
        }
      }
      return found;
    },
  };
}
