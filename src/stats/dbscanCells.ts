/**
 * The cells of grid DBSCAN (dbscanGrid.ts): planar points sorted into square cells of side
 * just under eps/√2, so that any two points of one cell are within eps of each other; the
 * points within eps of a point then lie in the 5 × 5 cells around its own. Cells are looked up
 * in a dense table when the points' extent is small next to their number, else in a map (a
 * stray point far away costs nothing).
 */

export interface PointCells {
  /** cell of each point */
  cellOfPoint: Int32Array;
  /** the points of cell c are members[starts[c] .. starts[c+1]], in increasing index */
  starts: Int32Array;
  members: Int32Array;
  /** coordinates in the order of `members` */
  xs: Float64Array;
  ys: Float64Array;
  /** for cell c, the ids of the 5 × 5 cells around it (c itself at the centre), -1 where empty */
  around: Int32Array;
  count: number;
}

export const AROUND = 25;
/** below eps/√2 by far more than rounding: two points of one cell are surely within eps */
const SIDE_FACTOR = (1 - 1e-9) / Math.SQRT2;

/**
 * True when the points at sorted positions a and b are within eps (radius2 = eps²): the test of
 * `dbscan`, dx² + dy² ≤ eps², on the same numbers.
 */
export function withinEps(cells: PointCells, a: number, b: number, radius2: number): boolean {
  const ex = (cells.xs[b] as number) - (cells.xs[a] as number);
  const ey = (cells.ys[b] as number) - (cells.ys[a] as number);
  return ex * ex + ey * ey <= radius2;
}

type CellLookup = (column: number, row: number) => number;

function lookupOf(columns: number, rows: number, n: number): { idOf: (key: number) => number; get: CellLookup } {
  const width = columns + 4;
  if (width * (rows + 4) <= 16 * n + 65_536) {
    const table = new Int32Array(width * (rows + 4)).fill(-1);
    let next = 0;
    return {
      idOf: (key) => (table[key] = (table[key] as number) >= 0 ? (table[key] as number) : next++),
      get: (column, row) => table[(row + 2) * width + column + 2] as number,
    };
  }
  const ids = new Map<number, number>();
  return {
    idOf: (key) => {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      return id;
    },
    get: (column, row) => ids.get((row + 2) * width + column + 2) ?? -1,
  };
}

/** Cells of side just under epsM/√2; undefined when a coordinate is not finite or eps not above 0. */
export function createPointCells(xs: Float64Array, ys: Float64Array, epsM: number): PointCells | undefined {
  const n = xs.length;
  const side = epsM * SIDE_FACTOR;
  if (!(side > 0) || !Number.isFinite(side)) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const columns = n === 0 ? 1 : Math.floor((maxX - minX) / side) + 1;
  const rows = n === 0 ? 1 : Math.floor((maxY - minY) / side) + 1;
  const columnOf = new Int32Array(n);
  const rowOf = new Int32Array(n);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    columnOf[i] = Math.floor(((xs[i] as number) - minX) / side);
    rowOf[i] = Math.floor(((ys[i] as number) - minY) / side);
    keys[i] = ((rowOf[i] as number) + 2) * (columns + 4) + (columnOf[i] as number) + 2;
  }
  const lookup = lookupOf(columns, rows, n);
  const cellOfPoint = new Int32Array(n);
  const cellColumn: number[] = [];
  const cellRow: number[] = [];
  for (let i = 0; i < n; i++) {
    const id = lookup.idOf(keys[i] as number);
    if (id === cellColumn.length) {
      cellColumn.push(columnOf[i] as number);
      cellRow.push(rowOf[i] as number);
    }
    cellOfPoint[i] = id;
  }
  return sortedCells(xs, ys, cellOfPoint, cellColumn, cellRow, lookup.get);
}

function sortedCells(xs: Float64Array, ys: Float64Array, cellOfPoint: Int32Array, cellColumn: number[], cellRow: number[], get: CellLookup): PointCells {
  const n = xs.length;
  const count = cellColumn.length;
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const next = (cellOfPoint[i] as number) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let c = 0; c < count; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const fill = starts.slice(0, count);
  const members = new Int32Array(n);
  const sortedXs = new Float64Array(n);
  const sortedYs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cellOfPoint[i] as number;
    const k = fill[c] as number;
    members[k] = i;
    sortedXs[k] = xs[i] as number;
    sortedYs[k] = ys[i] as number;
    fill[c] = k + 1;
  }
  const around = new Int32Array(count * AROUND);
  for (let c = 0; c < count; c++) {
    let slot = c * AROUND;
    for (let dr = -2; dr <= 2; dr++) {
      for (let dc = -2; dc <= 2; dc++) around[slot++] = get((cellColumn[c] as number) + dc, (cellRow[c] as number) + dr);
    }
  }
  return { cellOfPoint, starts, members, xs: sortedXs, ys: sortedYs, around, count };
}
