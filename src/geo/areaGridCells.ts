/**
 * The boundary segments near each cell of an area grid (areaGrid.ts), as compact lists
 * (`starts`, `segmentIds`: the segments near cell c are segmentIds[starts[c] .. starts[c+1]]).
 *
 * A segment is listed in every cell it comes within MARGIN_DEG of: it is walked row by row over
 * its y-range grown by the margin, and in each row its exact x-range there, grown by the margin,
 * gives the columns. The margin is far above the rounding of that walk, so no cell a segment
 * passes near is missed; a neighbour cell may be listed too, which costs only a test.
 */
import type { GridLayout, GridSegments } from './areaGrid.ts';

export const MARGIN_DEG = 1e-7;

/** No boundary comes near; the box or point lies in no area of the group. */
export const OUTSIDE = -1;
/** A boundary may come near, or the box lies in overlapping areas: take the exact path. */
export const UNSETTLED = -2;
/** No boundary comes near the box, but it meets no clean cell: its areas are those of any of its points. */
export const CLEAR = -3;

export interface CellSegments {
  starts: Int32Array;
  segmentIds: Int32Array;
}

/**
 * Walks segment k over the cells it comes near: with `into` undefined, counts each cell once
 * in `counts[cell + 1]`; else writes k at `into[fill[cell]++]`.
 */
function walkSegment(input: GridSegments, layout: GridLayout, k: number, counts: Int32Array, into?: Int32Array): void {
  const { x0, y0, cellDeg, columns, rows } = layout;
  const { segments } = input;
  const m = MARGIN_DEG;
  const x1 = segments[k * 4] as number;
  const y1 = segments[k * 4 + 1] as number;
  const x2 = segments[k * 4 + 2] as number;
  const y2 = segments[k * 4 + 3] as number;
  const firstRow = Math.max(0, Math.floor((Math.min(y1, y2) - m - y0) / cellDeg));
  const lastRow = Math.min(rows - 1, Math.floor((Math.max(y1, y2) + m - y0) / cellDeg));
  for (let r = firstRow; r <= lastRow; r++) {
    let xa = Math.min(x1, x2);
    let xb = Math.max(x1, x2);
    if (y1 !== y2) {
      const tLow = Math.min(1, Math.max(0, (y0 + r * cellDeg - m - y1) / (y2 - y1)));
      const tHigh = Math.min(1, Math.max(0, (y0 + (r + 1) * cellDeg + m - y1) / (y2 - y1)));
      xa = Math.min(x1 + tLow * (x2 - x1), x1 + tHigh * (x2 - x1));
      xb = Math.max(x1 + tLow * (x2 - x1), x1 + tHigh * (x2 - x1));
    }
    const firstColumn = Math.max(0, Math.floor((xa - m - x0) / cellDeg));
    const lastColumn = Math.min(columns - 1, Math.floor((xb + m - x0) / cellDeg));
    for (let cell = r * columns + firstColumn; cell <= r * columns + lastColumn; cell++) {
      if (into === undefined) {
        counts[cell + 1] = (counts[cell + 1] as number) + 1;
      } else {
        const at = counts[cell] as number;
        into[at] = k;
        counts[cell] = at + 1;
      }
    }
  }
}

/** For each cell, the segments that come within the margin of it. */
export function cellSegments(input: GridSegments, layout: GridLayout): CellSegments {
  const cellCount = layout.columns * layout.rows;
  const starts = new Int32Array(cellCount + 1);
  for (let k = 0; k < input.count; k++) walkSegment(input, layout, k, starts);
  for (let c = 0; c < cellCount; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const fill = starts.slice(0, cellCount);
  const segmentIds = new Int32Array(starts[cellCount] as number);
  for (let k = 0; k < input.count; k++) walkSegment(input, layout, k, fill, segmentIds);
  return { starts, segmentIds };
}

/**
 * True when segment k comes within `marginDeg` of the box (a conservative test: the margin is
 * far above the rounding of the side tests). Separating axes: the box's two axes (bboxes),
 * then the segment's normal (all four corners strictly on one side of its line).
 */
export function segmentNearBox(segments: Float64Array, k: number, box: readonly number[], marginDeg: number): boolean {
  const x1 = segments[k * 4] as number;
  const y1 = segments[k * 4 + 1] as number;
  const x2 = segments[k * 4 + 2] as number;
  const y2 = segments[k * 4 + 3] as number;
  const minX = (box[0] as number) - marginDeg;
  const minY = (box[1] as number) - marginDeg;
  const maxX = (box[2] as number) + marginDeg;
  const maxY = (box[3] as number) + marginDeg;
  if (Math.max(x1, x2) < minX || Math.min(x1, x2) > maxX || Math.max(y1, y2) < minY || Math.min(y1, y2) > maxY) return false;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const a = dx * (minY - y1) - dy * (minX - x1);
  const b = dx * (minY - y1) - dy * (maxX - x1);
  const c = dx * (maxY - y1) - dy * (minX - x1);
  const d = dx * (maxY - y1) - dy * (maxX - x1);
  return !((a > 0 && b > 0 && c > 0 && d > 0) || (a < 0 && b < 0 && c < 0 && d < 0));
}
