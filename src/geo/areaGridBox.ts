/**
 * What the area grid (areaGrid.ts) does with the cells of a box: counts the crossed cells among
 * them (a summed-area table), settles a box whose cells hold segments by testing those segments
 * against the box, and offers each segment near a box once to a test of the caller.
 */
import type { BBox } from '../domain/geometry.ts';
import type { GridLayout } from './areaGrid.ts';
import type { CellSegments } from './areaGridCells.ts';
import { CLEAR, UNSETTLED, segmentNearBox } from './areaGridCells.ts';

/** how near (degrees) a segment may come to a settled box: ten times the touch tolerance */
const BOX_MARGIN_DEG = 1e-8;

/** Summed-area table of the crossed cells (those with segments): (columns + 1) × (rows + 1). */
export function crossedTable(cells: CellSegments, columns: number, rows: number): Int32Array {
  const stride = columns + 1;
  const table = new Int32Array(stride * (rows + 1));
  const { starts } = cells;
  for (let r = 0; r < rows; r++) {
    let rowSum = 0;
    for (let c = 0; c < columns; c++) {
      const cell = r * columns + c;
      if (starts[cell] !== starts[cell + 1]) rowSum += 1;
      table[(r + 1) * stride + c + 1] = (table[r * stride + c + 1] as number) + rowSum;
    }
  }
  return table;
}

/** The settled answer for cells c0..c1 × r0..r1 around `box` (see areaOfBox). */
export function settleCells(grid: GridLayout, cells: CellSegments, labels: Int32Array, segments: Float64Array, box: BBox,
  c0: number, c1: number, r0: number, r1: number): number {
  const { starts, segmentIds } = cells;
  let label = CLEAR;
  for (let r = r0; r <= r1; r++) {
    for (let cell = r * grid.columns + c0; cell <= r * grid.columns + c1; cell++) {
      const end = starts[cell + 1] as number;
      let k = starts[cell] as number;
      if (k === end) {
        const cellLabel = labels[cell] as number;
        if (label !== CLEAR && cellLabel !== label) return UNSETTLED;
        label = cellLabel;
      }
      for (; k < end; k++) if (segmentNearBox(segments, segmentIds[k] as number, box, BOX_MARGIN_DEG)) return UNSETTLED;
    }
  }
  return label;
}

/** segments already offered by one `anySegmentNear` call (a segment is listed in many cells) */
const OFFERED = new Int32Array(64);

function alreadyOffered(k: number, count: number): boolean {
  for (let i = 0; i < count; i++) if (OFFERED[i] === k) return true;
  return false;
}

/** Offers each segment listed in cells c0..c1 × r0..r1 once to `meets`; true when one meets. */
export function offerSegments(cells: CellSegments, columns: number, c0: number, c1: number, r0: number, r1: number,
  meets: (segment: number) => boolean): boolean {
  const { starts, segmentIds } = cells;
  let offered = 0;
  for (let r = r0; r <= r1; r++) {
    for (let cell = r * columns + c0; cell <= r * columns + c1; cell++) {
      for (let j = starts[cell] as number; j < (starts[cell + 1] as number); j++) {
        const k = segmentIds[j] as number;
        if (alreadyOffered(k, offered)) continue;
        if (offered < OFFERED.length) OFFERED[offered++] = k;
        if (meets(k)) return true;
      }
    }
  }
  return false;
}
