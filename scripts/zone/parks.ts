/**
 * Parks-in-park (园中园): rectangles of whole blocks bounded by road centrelines, placed in
 * their district clear of the river, the outline and the bands where district boundaries run.
 */
import type { ZoneFrame } from './frame.ts';
import type { ZoneOutline } from './outline.ts';
import type { RingXY } from './plane.ts';
import { rectRing } from './plane.ts';
import { rangeOver } from './polyline.ts';
import type { ParkInfo } from './profiles.ts';
import { PARK_INFO } from './profiles.ts';
import type { RoadLine, StreetGrid } from './streetGrid.ts';

/** The base lines of the district boundaries: the south line and the west–east line. */
export interface BoundaryBase {
  /** index in yLines of the south boundary; it wanders down to the line below */
  southLine: number;
  /** index in xLines of the west–east boundary; it wanders within ±1 line */
  middleLine: number;
  /** blocks the boundary fingers reach: south from the south line, east from the west–east line */
  fingerDepth: number;
}

export interface PlacedPark {
  info: ParkInfo;
  /** xLines indices of the west and east edges */
  col0: number;
  col1: number;
  /** yLines indices of the south and north edges */
  row0: number;
  row1: number;
  ring: RingXY;
}

const first = (lines: readonly RoadLine[], minM: number): number => lines.findIndex((l) => l.positionM >= minM);
const last = (lines: readonly RoadLine[], maxM: number): number => {
  let index = -1;
  lines.forEach((l, i) => { if (l.positionM <= maxM) index = i; });
  return index;
};

/** Lines a finger reaches beyond the band, and one more for clearance. */
const fingerReach = (base: BoundaryBase): number => (base.fingerDepth > 0 ? base.fingerDepth + 2 : 0);

function columns(info: ParkInfo, frame: ZoneFrame, grid: StreetGrid, base: BoundaryBase): [number, number] {
  let col0 = first(grid.xLines, info.fromX * frame.widthM);
  let col1 = last(grid.xLines, info.toX * frame.widthM);
  if (info.districtId === 'west') col1 = Math.min(col1, base.middleLine - 2);
  if (info.districtId === 'east') col0 = Math.max(col0, base.middleLine + 2 + fingerReach(base));
  return [col0, col1];
}

function rows(info: ParkInfo, x: [number, number], grid: StreetGrid, outline: ZoneOutline, base: BoundaryBase, frame: ZoneFrame): [number, number] {
  const clearance = outline.riverHalfWidthM + 60 * frame.gridScale;
  const [riverMin, riverMax] = rangeOver(outline.river, 0, x[0], x[1]);
  if (info.districtId === 'north') {
    const [topMin] = rangeOver(outline.top, 0, x[0], x[1]);
    return [first(grid.yLines, riverMax + clearance), last(grid.yLines, topMin - 250 * frame.zoneScale)];
  }
  if (info.districtId === 'south') {
    const [, bottomMax] = rangeOver(outline.bottom, 0, x[0], x[1]);
    return [first(grid.yLines, bottomMax + 300 * frame.zoneScale), base.southLine - 2 - fingerReach(base)];
  }
  return [base.southLine + 1, last(grid.yLines, riverMin - clearance)];
}

export function placeParks(frame: ZoneFrame, grid: StreetGrid, outline: ZoneOutline, base: BoundaryBase): PlacedPark[] {
  return PARK_INFO.map((info) => {
    const [col0, col1] = columns(info, frame, grid, base);
    const xs: [number, number] = [position(grid.xLines, col0), position(grid.xLines, col1)];
    const [row0, row1] = rows(info, xs, grid, outline, base, frame);
    if (col0 < 0 || row0 < 0 || col1 <= col0 || row1 <= row0) throw new Error(`no room for the park ${info.id}`);
    const ring = rectRing(xs[0], position(grid.yLines, row0), xs[1], position(grid.yLines, row1));
    return { info, col0, col1, row0, row1, ring };
  });
}

export function position(lines: readonly RoadLine[], index: number): number {
  const line = lines[index];
  if (line === undefined) throw new Error(`no road line ${index}`);
  return line.positionM;
}

/** The park a block belongs to, if any. */
export function parkOfBlock(parks: readonly PlacedPark[], col: number, row: number): PlacedPark | undefined {
  return parks.find((p) => col >= p.col0 && col < p.col1 && row >= p.row0 && row < p.row1);
}
