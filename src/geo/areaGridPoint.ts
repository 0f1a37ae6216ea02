/**
 * Which areas of a group hold a point, read from the area grid (areaGrid.ts) with the answer of
 * the ray cast of areaGroup.ts, bit for bit.
 *
 * In a clean cell it is the cell's label. In a crossed cell, the ray cast east from the point is
 * followed through the crossed cells of its row up to the first clean cell C: its crossings
 * there are counted with the ray cast's own test (same formula, same half-open rule), each in
 * the one cell whose [west, east) range holds it, and C's label stands for every crossing east
 * of C (no boundary comes near C, so the ray crosses none inside it, and the part of the ray
 * beyond C decides exactly as from any point of C). Past MAX_WALK_CELLS, or when the point lies
 * in more than one area, the caller takes the ray cast itself.
 */
import type { GridLayout } from './areaGrid.ts';
import type { CellSegments } from './areaGridCells.ts';

/** No area holds the point. */
const NONE = -1;
/** Not settled here: take the ray cast. */
const UNSETTLED = -2;
const MAX_WALK_CELLS = 24;

export interface PointGridParts {
  layout: GridLayout;
  cells: CellSegments;
  labels: Int32Array;
  segments: Float64Array;
  segmentArea: Uint32Array;
}

/** Areas whose boundary the ray from (lon, lat) crosses an odd number of times in cells [from, to) of a row. */
function oddCrossings(parts: PointGridParts, lon: number, lat: number, firstCell: number, endCell: number, westOfFirst: number): number[] {
  const { layout, cells, segments, segmentArea } = parts;
  const odd: number[] = [];
  for (let cell = firstCell; cell < endCell; cell++) {
    const west = cell === firstCell ? westOfFirst : layout.x0 + (cell % layout.columns) * layout.cellDeg;
    const east = layout.x0 + ((cell % layout.columns) + 1) * layout.cellDeg;
    for (let j = cells.starts[cell] as number; j < (cells.starts[cell + 1] as number); j++) {
      const k = cells.segmentIds[j] as number;
      const x1 = segments[k * 4] as number;
      const y1 = segments[k * 4 + 1] as number;
      const x2 = segments[k * 4 + 2] as number;
      const y2 = segments[k * 4 + 3] as number;
      if (y1 > lat === y2 > lat) continue;
      const x = ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1;
      if (lon < x && x >= west && x < east) {
        const a = segmentArea[k] as number;
        const at = odd.indexOf(a);
        if (at < 0) odd.push(a);
        else odd.splice(at, 1);
      }
    }
  }
  return odd;
}

/** Index of the one area holding the point, NONE, or UNSETTLED. */
export function areaOfGridPoint(parts: PointGridParts, lon: number, lat: number): number {
  const { layout, cells, labels } = parts;
  const { x0, y0, cellDeg, columns, rows } = layout;
  const column = Math.floor((lon - x0) / cellDeg);
  const row = Math.floor((lat - y0) / cellDeg);
  if (!(column >= 0 && row >= 0 && column < columns && row < rows)) return Number.isFinite(lon) && Number.isFinite(lat) ? NONE : UNSETTLED;
  const first = row * columns + column;
  const rowEnd = Math.min((row + 1) * columns, first + MAX_WALK_CELLS);
  let clean = first;
  while (clean < rowEnd && cells.starts[clean] !== cells.starts[clean + 1]) clean += 1;
  if (clean === rowEnd) return UNSETTLED;
  const label = labels[clean] as number;
  if (clean === first || label < NONE) return label < NONE ? UNSETTLED : label;
  const odd = oddCrossings(parts, lon, lat, first, clean, -Infinity);
  if (label >= 0) {
    const at = odd.indexOf(label);
    if (at < 0) odd.push(label);
    else odd.splice(at, 1);
  }
  return odd.length === 0 ? NONE : odd.length === 1 ? (odd[0] as number) : UNSETTLED;
}
