/**
 * The areas at the centre of every cell of an area grid (areaGrid.ts), row by row: a horizontal
 * line through the row's centres crosses the boundary segments at known longitudes; walking
 * west to east, each crossing flips its area in or out (even-odd, the half-open rule of the
 * ray cast in areaGroup.ts). A cell centre then lies in the areas flipped an odd number of
 * times to its west, and the labels between two crossings are filled as one run. Only the
 * labels of clean cells are ever read: a crossing lies in a crossed cell, so a clean cell's
 * centre is at least half a cell from it and is put on the right side of it.
 */
import type { GridLayout, GridSegments } from './areaGrid.ts';

/** Label of a cell centre in no area. */
const NONE = -1;
/** Label of a cell centre in more than one area (overlapping areas). */
const SEVERAL = -2;

/**
 * Writes the longitudes and areas of the crossings of the line at `lat` into `lons` and
 * `areas`, sorted west to east (insertion sort: a line crosses few segments); returns how many.
 */
function crossingsAt(input: GridSegments, lat: number, west: number, east: number, lons: number[], areas: number[]): number {
  const { segments, segmentArea } = input;
  let count = 0;
  for (const k of input.search([west, lat, east, lat])) {
    const x1 = segments[k * 4] as number;
    const y1 = segments[k * 4 + 1] as number;
    const x2 = segments[k * 4 + 2] as number;
    const y2 = segments[k * 4 + 3] as number;
    if (y1 > lat === y2 > lat) continue;
    const lon = ((x2 - x1) * (lat - y1)) / (y2 - y1) + x1;
    let i = count++;
    for (; i > 0 && (lons[i - 1] as number) > lon; i--) {
      lons[i] = lons[i - 1] as number;
      areas[i] = areas[i - 1] as number;
    }
    lons[i] = lon;
    areas[i] = segmentArea[k] as number;
  }
  return count;
}

/** Label of every cell centre, row-major: an area index, NONE or SEVERAL. */
export function createScanlineLabels(input: GridSegments, layout: GridLayout): Int32Array {
  const { x0, y0, cellDeg, columns, rows } = layout;
  const labels = new Int32Array(columns * rows);
  const parity = new Uint8Array(input.areaCount);
  const east = x0 + columns * cellDeg;
  const lons: number[] = [];
  const areas: number[] = [];
  for (let r = 0; r < rows; r++) {
    const crossings = crossingsAt(input, y0 + (r + 0.5) * cellDeg, x0, east, lons, areas);
    parity.fill(0);
    let oddCount = 0;
    let oddSum = 0;
    let from = r * columns;
    for (let i = 0; i < crossings; i++) {
      // cells whose centre lies west of this crossing keep the label so far
      const to = r * columns + Math.min(columns, Math.max(0, Math.ceil(((lons[i] as number) - x0) / cellDeg - 0.5)));
      if (to > from) labels.fill(oddCount === 0 ? NONE : oddCount === 1 ? oddSum : SEVERAL, from, to);
      from = Math.max(from, to);
      const a = areas[i] as number;
      const flip = parity[a] === 0 ? 1 : -1;
      parity[a] = flip === 1 ? 1 : 0;
      oddCount += flip;
      oddSum += flip * a;
    }
    labels.fill(oddCount === 0 ? NONE : oddCount === 1 ? oddSum : SEVERAL, from, (r + 1) * columns);
  }
  return labels;
}
