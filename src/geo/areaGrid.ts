/**
 * A coarse raster over one group of areas (the districts, or the parks) that settles most plots
 * without the R-tree and the ray cast: "no boundary comes near this box, and it lies wholly in
 * area a" (or in none).
 *
 * The group's bbox, grown by two cells, is cut into about TARGET_CELLS square cells (degrees).
 * Each cell lists the boundary segments that come within MARGIN_DEG (1e-7°, ≈ 1 cm) of it
 * (areaGridCells.ts). A cell with none is *clean*: all its points lie in the same areas, found
 * once per row by a scanline through the cell centres (areaGridLabels.ts, even-odd as the ray
 * cast of areaGroup.ts). For a box (areaGridBox.ts):
 * - when none of its cells is crossed (a summed-area table counts them in O(1)), the cells form
 *   a connected clean block that no boundary enters: the box lies in the areas of any of them;
 * - else the segments listed in its cells are tested against the box grown by 1e-8°; if none
 *   comes near, no boundary crosses the box, so it lies wholly in the areas of any clean cell
 *   it meets (a path inside the box from there crosses no boundary), or, with no clean cell
 *   among its cells, in the areas of any of its points (CLEAR).
 *
 * The margins are a hundred and ten times the touch tolerance of boundaryContact.ts (1e-9°):
 * a box the grid settles has no boundary segment that meets a plot inside it, and a clean cell's
 * areas are those the ray cast finds for any point in it, so settled answers are the exact
 * path's answers.
 */
import type { BBox } from '../domain/geometry.ts';
import { crossedTable, offerSegments, settleCells } from './areaGridBox.ts';
import { CLEAR, OUTSIDE, UNSETTLED, cellSegments } from './areaGridCells.ts';
import { createScanlineLabels } from './areaGridLabels.ts';
import { areaOfGridPoint } from './areaGridPoint.ts';

export { CLEAR, OUTSIDE, UNSETTLED } from './areaGridCells.ts';

const TARGET_CELLS = 1 << 16;
const MAX_CELLS_PER_SIDE = 2048;
const BORDER_CELLS = 2;
/** boxes over more cells than this take the exact path (a plot hundreds of metres wide) */
const MAX_BOX_CELLS = 64;

export interface AreaGrid {
  /** Index of the one area holding the whole box, OUTSIDE, CLEAR or UNSETTLED. */
  areaOfBox(box: BBox): number;
  /** Index of the one area holding the point (the ray cast's answer), OUTSIDE, or UNSETTLED. */
  areaOfPoint(lon: number, lat: number): number;
  /**
   * True when `meets(k)` holds for a boundary segment k near the box, false when it holds for
   * none, undefined when the box is too large to tell. Every segment that comes within
   * MARGIN_DEG of the box is offered (some farther ones too).
   */
  anySegmentNear(box: BBox, meets: (segment: number) => boolean): boolean | undefined;
}

/** The boundary segments of a group: lon1, lat1, lon2, lat2 each, and the area of each. */
export interface GridSegments {
  segments: Float64Array;
  segmentArea: Uint32Array;
  count: number;
  areaCount: number;
  /** segment indices whose bbox meets the box (the group's segment index) */
  search: (box: BBox) => number[];
}

export interface GridLayout {
  x0: number;
  y0: number;
  cellDeg: number;
  columns: number;
  rows: number;
}

const UNSETTLED_GRID: AreaGrid = { areaOfBox: () => UNSETTLED, areaOfPoint: () => UNSETTLED, anySegmentNear: () => undefined };

function layoutOf(bbox: BBox): GridLayout {
  const width = bbox[2] - bbox[0];
  const height = bbox[3] - bbox[1];
  const cellDeg = Math.max(Math.sqrt((width * height) / TARGET_CELLS), Math.max(width, height, 1e-6) / MAX_CELLS_PER_SIDE);
  return {
    x0: bbox[0] - BORDER_CELLS * cellDeg,
    y0: bbox[1] - BORDER_CELLS * cellDeg,
    cellDeg,
    columns: Math.floor(width / cellDeg) + 2 * BORDER_CELLS + 1,
    rows: Math.floor(height / cellDeg) + 2 * BORDER_CELLS + 1,
  };
}

/** Columns and rows of the cells a box meets, clamped to the grid: [c0, c1, r0, r1]. */
function cellRange(layout: GridLayout, box: BBox, into: Float64Array): void {
  const { x0, y0, cellDeg, columns, rows } = layout;
  into[0] = Math.max(0, Math.floor((box[0] - x0) / cellDeg));
  into[1] = Math.min(columns - 1, Math.floor((box[2] - x0) / cellDeg));
  into[2] = Math.max(0, Math.floor((box[1] - y0) / cellDeg));
  into[3] = Math.min(rows - 1, Math.floor((box[3] - y0) / cellDeg));
}

const RANGE = new Float64Array(4);

function isFiniteBox(box: BBox): boolean {
  return Number.isFinite(box[0]) && Number.isFinite(box[1]) && Number.isFinite(box[2]) && Number.isFinite(box[3]) && box[0] <= box[2] && box[1] <= box[3];
}

/** The grid of a group of areas with bbox `bbox` (see the file comment). */
export function createAreaGrid(input: GridSegments, bbox: BBox): AreaGrid {
  if (!isFiniteBox(bbox)) return UNSETTLED_GRID;
  const layout = layoutOf(bbox);
  const { columns } = layout;
  const cells = cellSegments(input, layout);
  const labels = createScanlineLabels(input, layout);
  const table = crossedTable(cells, columns, layout.rows);
  const stride = columns + 1;
  const pointParts = { layout, cells, labels, segments: input.segments, segmentArea: input.segmentArea };
  return {
    areaOfBox(box) {
      if (!isFiniteBox(box)) return UNSETTLED;
      cellRange(layout, box, RANGE);
      const c0 = RANGE[0] as number;
      const c1 = RANGE[1] as number;
      const r0 = RANGE[2] as number;
      const r1 = RANGE[3] as number;
      if (c0 > c1 || r0 > r1) return OUTSIDE;
      const crossed = (table[(r1 + 1) * stride + c1 + 1] as number) - (table[r0 * stride + c1 + 1] as number)
        - (table[(r1 + 1) * stride + c0] as number) + (table[r0 * stride + c0] as number);
      // no crossed cell: the cells form a connected clean block, in the areas of any of them
      const label = crossed === 0 ? (labels[r0 * columns + c0] as number)
        : (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_BOX_CELLS ? UNSETTLED
          : settleCells(layout, cells, labels, input.segments, box, c0, c1, r0, r1);
      return label === OUTSIDE || label >= 0 || label === CLEAR ? label : UNSETTLED;
    },
    areaOfPoint: (lon, lat) => areaOfGridPoint(pointParts, lon, lat),
    anySegmentNear(box, meets) {
      if (!isFiniteBox(box)) return undefined;
      cellRange(layout, box, RANGE);
      const c0 = RANGE[0] as number;
      const c1 = RANGE[1] as number;
      const r0 = RANGE[2] as number;
      const r1 = RANGE[3] as number;
      if (!((c1 - c0 + 1) * (r1 - r0 + 1) <= MAX_BOX_CELLS)) return undefined;
      return offerSegments(cells, columns, c0, c1, r0, r1, meets);
    },
  };
}
