/**
 * The street grid: arterial roads every 800–1000 m with one or two local streets between,
 * each with its road reserve (红线宽度). Blocks are the land between the reserves.
 */
import type { ZoneFrame } from './frame.ts';
import type { BoxXY } from './plane.ts';
import type { Random } from './random.ts';

export interface RoadLine {
  /** centreline position across the axis, m */
  positionM: number;
  /** road reserve width, m */
  widthM: number;
  arterial: boolean;
}

export interface StreetGrid {
  /** north–south roads, west to east */
  xLines: RoadLine[];
  /** east–west roads, south to north */
  yLines: RoadLine[];
}

export interface Block {
  /** column: between xLines[col] and xLines[col + 1] */
  col: number;
  /** row: between yLines[row] and yLines[row + 1] */
  row: number;
  box: BoxXY;
}

/** Road lines along one axis, from `fromM` to past `toM`. */
function roadLines(fromM: number, toM: number, gridScale: number, random: Random): RoadLine[] {
  const lines: RoadLine[] = [];
  let position = fromM;
  while (position < toM) {
    lines.push({ positionM: position, widthM: Math.round(random.range(40, 50) * gridScale * 2) / 2, arterial: true });
    const spacing = random.range(800, 1000) * gridScale;
    const locals = random.chance(0.2) ? 2 : 1;
    for (let k = 1; k <= locals; k++) {
      const jitter = random.range(-25, 25) * gridScale;
      const width = (random.chance(0.5) ? 24 : 20) * gridScale;
      lines.push({ positionM: position + (spacing * k) / (locals + 1) + jitter, widthM: width, arterial: false });
    }
    position += spacing;
  }
  lines.push({ positionM: position, widthM: 45 * gridScale, arterial: true });
  return lines;
}

export function buildStreetGrid(frame: ZoneFrame, random: Random): StreetGrid {
  const margin = 600 * frame.zoneScale;
  const offsetX = random.range(0, 500) * frame.gridScale;
  const offsetY = random.range(0, 500) * frame.gridScale;
  return {
    xLines: roadLines(-margin + offsetX, frame.widthM + margin, frame.gridScale, random),
    yLines: roadLines(-margin + offsetY, frame.heightM + margin, frame.gridScale, random),
  };
}

/** Every block of the grid, row by row from the south-west. */
export function blocksOf(grid: StreetGrid): Block[] {
  const blocks: Block[] = [];
  for (let row = 0; row + 1 < grid.yLines.length; row++) {
    for (let col = 0; col + 1 < grid.xLines.length; col++) {
      const west = grid.xLines[col] as RoadLine;
      const east = grid.xLines[col + 1] as RoadLine;
      const south = grid.yLines[row] as RoadLine;
      const north = grid.yLines[row + 1] as RoadLine;
      blocks.push({
        col,
        row,
        box: {
          minX: west.positionM + west.widthM / 2,
          maxX: east.positionM - east.widthM / 2,
          minY: south.positionM + south.widthM / 2,
          maxY: north.positionM - north.widthM / 2,
        },
      });
    }
  }
  return blocks;
}

/** Index of the line whose position is closest to `positionM`. */
export function nearestLine(lines: readonly RoadLine[], positionM: number): number {
  let best = 0;
  lines.forEach((line, index) => {
    if (Math.abs(line.positionM - positionM) < Math.abs((lines[best] as RoadLine).positionM - positionM)) best = index;
  });
  return best;
}
