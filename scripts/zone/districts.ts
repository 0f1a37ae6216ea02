/**
 * The four districts tiling the zone. The river divides the north from the rest; a south
 * line and a west–east line (lattice paths over road intersections) divide the rest. Every
 * boundary is one polyline used by both sides, so neighbours share identical coordinates.
 */
import type { DistrictId } from '../../src/domain/zone.ts';
import type { CrossingCounter, DiagonalStep } from './boundaryPaths.ts';
import { walkBoundary } from './boundaryPaths.ts';
import type { ZoneFrame } from './frame.ts';
import type { ZoneOutline } from './outline.ts';
import type { BoundaryBase } from './parks.ts';
import { position } from './parks.ts';
import type { RingXY, XY } from './plane.ts';
import { signedRingAreaM2 } from './plane.ts';
import { insertVertexAt, joinPieces, rangeOver, splitAtVertex } from './polyline.ts';
import type { Random } from './random.ts';
import type { StreetGrid } from './streetGrid.ts';

export interface DistrictLayout {
  rings: Record<DistrictId, RingXY>;
  diagonals: DiagonalStep[];
}

/** The node of the south line where the west–east line starts: the northernmost one at x. */
function junctionOf(southLine: readonly XY[], x: number): XY {
  const candidates = southLine.filter((p) => p[0] === x);
  const junction = candidates.reduce<XY | undefined>((best, p) => (!best || p[1] > best[1] ? p : best), undefined);
  if (!junction) throw new Error('the south line has no node on the west–east line');
  return junction;
}

function lastIndex(flags: readonly boolean[]): number {
  return flags.lastIndexOf(true);
}

interface Lines {
  south: XY[];
  middle: XY[];
  left: XY[];
  right: XY[];
  river: XY[];
  diagonals: DiagonalStep[];
}

function southLine(frame: ZoneFrame, grid: StreetGrid, outline: ZoneOutline, base: BoundaryBase, target: number, count: CrossingCounter, random: Random) {
  const yLo = position(grid.yLines, base.southLine - 1);
  const yHi = position(grid.yLines, base.southLine);
  const margin = 60 * frame.gridScale;
  const leftMax = rangeOver(outline.left, 1, yLo, yHi)[1];
  const rightMin = rangeOver(outline.right, 1, yLo, yHi)[0];
  const first = grid.xLines.findIndex((l) => l.positionM > leftMax + margin);
  const last = lastIndex(grid.xLines.map((l) => l.positionM < rightMin - margin));
  const walk = walkBoundary(grid, {
    axis: 0, start: { along: first, across: base.southLine }, steps: last - first,
    band: { min: base.southLine - 1, max: base.southLine }, targetCrossings: target, straightStart: 0,
    fingerDepth: base.fingerDepth, fingerSide: -1, noFingerAt: base.middleLine - 1,
  }, count, random);
  const start = insertVertexAt(outline.left, 1, (walk.nodes[0] as XY)[1]);
  const end = insertVertexAt(outline.right, 1, (walk.nodes[walk.nodes.length - 1] as XY)[1]);
  return { line: [start.point, ...walk.nodes, end.point], left: start.polyline, right: end.polyline, diagonals: walk.diagonals };
}

function boundaryLines(frame: ZoneFrame, grid: StreetGrid, outline: ZoneOutline, base: BoundaryBase, targetCrossings: number, count: CrossingCounter, random: Random): Lines {
  const south = southLine(frame, grid, outline, base, targetCrossings * 0.7, count, random);
  const junction = junctionOf(south.line, position(grid.xLines, base.middleLine));
  const xLo = position(grid.xLines, base.middleLine - 1);
  const xHi = position(grid.xLines, base.middleLine + 1 + (base.fingerDepth > 0 ? base.fingerDepth + 2 : 0));
  const riverMin = rangeOver(outline.river, 0, xLo, xHi)[0] - outline.riverHalfWidthM - 40 * frame.gridScale;
  const startRow = grid.yLines.findIndex((l) => l.positionM === junction[1]);
  const topRow = lastIndex(grid.yLines.map((l) => l.positionM < riverMin));
  const walk = walkBoundary(grid, {
    axis: 1, start: { along: startRow, across: base.middleLine }, steps: topRow - startRow,
    band: { min: base.middleLine - 1, max: base.middleLine + 1 }, targetCrossings: targetCrossings * 0.3, straightStart: 2,
    fingerDepth: base.fingerDepth, fingerSide: 1,
  }, count, random);
  const lastNode = walk.nodes[walk.nodes.length - 1] as XY;
  const riverJoin = insertVertexAt(outline.river, 0, lastNode[0]);
  return {
    south: south.line,
    middle: [junction, ...walk.nodes.slice(1), riverJoin.point],
    left: south.left,
    right: south.right,
    river: riverJoin.polyline,
    diagonals: [...south.diagonals, ...walk.diagonals],
  };
}

/** The districts as open counter-clockwise rings on the plane. */
export function buildDistricts(
  frame: ZoneFrame, grid: StreetGrid, outline: ZoneOutline, base: BoundaryBase,
  targetCrossings: number, count: CrossingCounter, random: Random,
): DistrictLayout {
  const lines = boundaryLines(frame, grid, outline, base, targetCrossings, count, random);
  const { south, middle, river, left, right } = lines;
  const [leftNorth, leftRest] = splitAtVertex(left, river[0] as XY);
  const [leftWest, leftSouth] = splitAtVertex(leftRest, south[0] as XY);
  const [rightSouth, rightRest] = splitAtVertex(right, south[south.length - 1] as XY);
  const [rightEast, rightNorth] = splitAtVertex(rightRest, river[river.length - 1] as XY);
  const [riverWest, riverEast] = splitAtVertex(river, middle[middle.length - 1] as XY);
  const [southWest, southEast] = splitAtVertex(south, middle[0] as XY);
  const rings: Record<DistrictId, RingXY> = {
    north: joinPieces([river, rightNorth, outline.top, leftNorth]),
    west: joinPieces([southWest, middle, [...riverWest].reverse(), leftWest]),
    south: joinPieces([outline.bottom, rightSouth, [...south].reverse(), leftSouth]),
    east: joinPieces([southEast, rightEast, [...riverEast].reverse(), [...middle].reverse()]),
  };
  for (const [id, ring] of Object.entries(rings)) {
    if (signedRingAreaM2(ring) <= 0) throw new Error(`district ${id} is not counter-clockwise`);
  }
  return { rings, diagonals: lines.diagonals };
}
