/**
 * The inner district boundaries as lattice paths over road intersections: mostly along road
 * centrelines, with diagonal steps that cut across a block (an old canal or village line the
 * boundary follows). The plots of those blocks straddle the boundary. Large zones also get
 * "fingers": zigzags reaching `fingerDepth` blocks to one side and back, so that the share of
 * straddling plots stays near its target however many plots the zone holds.
 */
import type { XY } from './plane.ts';
import type { Random } from './random.ts';
import type { StreetGrid } from './streetGrid.ts';
import { position } from './parks.ts';

/** A boundary step that cuts across the block (col, row) from node a to node b. */
export interface DiagonalStep {
  col: number;
  row: number;
  a: XY;
  b: XY;
}

/** How many plots a diagonal across the block (col, row) from a to b would cut. */
export type CrossingCounter = (step: DiagonalStep) => number;

/** The lines (indices on the other axis) a path may run along between fingers. */
export interface Band {
  min: number;
  max: number;
}

export interface WalkPlan {
  /** 0: west→east over xLines; 1: south→north over yLines */
  axis: 0 | 1;
  start: { along: number; across: number };
  steps: number;
  band: Band;
  /** plots the diagonals of this path should cut in total */
  targetCrossings: number;
  /** steps at the start that must run straight */
  straightStart: number;
  /** blocks a finger reaches (even; 0 for none) and the side it reaches to */
  fingerDepth: number;
  fingerSide: 1 | -1;
  /** an along index where no finger may start (keeps a node on the band there for a junction) */
  noFingerAt?: number;
}

export interface Walk {
  nodes: XY[];
  diagonals: DiagonalStep[];
}

type Node = [number, number];

/** The (along, across) nodes of a finger from `from`: out `depth` blocks, over, and back. */
function fingerNodes([along, across]: Node, depth: number, side: 1 | -1): Node[] {
  const nodes: Node[] = [];
  for (let t = 1; t <= depth; t++) nodes.push([along + (t % 2), across + side * t]);
  nodes.push([along + 1, across + side * (depth + 1)], [along + 2, across + side * depth]);
  for (let t = 1; t <= depth; t++) nodes.push([along + 2 + (t % 2), across + side * (depth - t)]);
  return nodes;
}

function driftDirection(across: number, band: Band, random: Random): 1 | -1 {
  if (across <= band.min) return 1;
  if (across >= band.max) return -1;
  return random.chance(0.5) ? 1 : -1;
}

interface Recorder {
  path: Node[];
  walk: Walk;
  /** plots the diagonals have cut so far */
  crossed: number;
  moveTo(next: Node, cutsBlock: boolean): void;
}

/** Records the nodes of a path and counts the plots its diagonal steps cut. */
function createRecorder(grid: StreetGrid, axis: 0 | 1, start: Node, countCrossings: CrossingCounter): Recorder {
  const toXY = ([along, across]: Node): XY => axis === 0
    ? [position(grid.xLines, along), position(grid.yLines, across)]
    : [position(grid.xLines, across), position(grid.yLines, along)];
  const recorder: Recorder = {
    path: [start],
    walk: { nodes: [toXY(start)], diagonals: [] },
    crossed: 0,
    moveTo(next, cutsBlock) {
      const here = recorder.path[recorder.path.length - 1] as Node;
      const a = recorder.walk.nodes[recorder.walk.nodes.length - 1] as XY;
      const b = toXY(next);
      if (cutsBlock) {
        const along = Math.min(here[0], next[0]);
        const across = Math.min(here[1], next[1]);
        const step = axis === 0 ? { col: along, row: across, a, b } : { col: across, row: along, a, b };
        recorder.crossed += countCrossings(step);
        recorder.walk.diagonals.push(step);
      }
      recorder.path.push(next);
      recorder.walk.nodes.push(b);
    },
  };
  return recorder;
}

export function walkBoundary(grid: StreetGrid, plan: WalkPlan, countCrossings: CrossingCounter, random: Random): Walk {
  const { steps, band, straightStart } = plan;
  const recorder = createRecorder(grid, plan.axis, [plan.start.along, plan.start.across], countCrossings);
  const { walk } = recorder;
  const forcedStep = straightStart + random.int(0, Math.max(0, steps - straightStart - 1));
  let afterFinger = false;
  for (let k = 0; k < steps;) {
    const [along, across] = recorder.path[recorder.path.length - 1] as Node;
    const remaining = plan.targetCrossings - recorder.crossed;
    const perStep = walk.diagonals.length > 0 ? recorder.crossed / walk.diagonals.length : 2;
    const behind = remaining > perStep * (steps - k);
    const fingerAllowed = plan.fingerDepth > 0 && !afterFinger && k >= straightStart && k + 2 < steps && along !== plan.noFingerAt;
    if (fingerAllowed && behind) {
      for (const node of fingerNodes([along, across], plan.fingerDepth, plan.fingerSide)) recorder.moveTo(node, true);
      k += 2;
      afterFinger = true;
      continue;
    }
    const wanted = (k === forcedStep && walk.diagonals.length === 0) || random.chance(remaining / (Math.max(1, steps - k) * perStep));
    // Right after a finger the path steps straight: the finger's last zigzag used the next line.
    const diagonal = !afterFinger && k >= straightStart && remaining > 0 && wanted;
    recorder.moveTo([along + 1, diagonal ? across + driftDirection(across, band, random) : across], diagonal);
    afterFinger = false;
    k += 1;
  }
  return walk;
}
