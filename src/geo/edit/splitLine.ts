/**
 * Checks on a drawn split line before any cutting: at least two distinct points, no point
 * where it touches or crosses itself (a segment running back along the previous one counts),
 * and both ends outside the plot or on its edge.
 */
import type { Areal, Position } from '../../domain/geometry.ts';
import type { EditRefusal } from '../../domain/edit/refusal.ts';
import { refuse } from '../../domain/edit/refusal.ts';
import { pointInAreal, pointOnBoundary } from '../pointInPolygon.ts';
import { NO_CONTACT, OVERLAPPING, segmentContact } from '../validate/segmentIntersection.ts';
import { EDIT_TOLERANCE_DEG, sameXY } from './planar.ts';

/** The line without repeated consecutive points. */
export function distinctLine(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const last = out[out.length - 1];
    if (last === undefined || !sameXY(last, p)) out.push(p);
  }
  return out;
}

function contactOf(line: readonly Position[], i: number, j: number): number {
  const a = line[i] as Position;
  const b = line[i + 1] as Position;
  const c = line[j] as Position;
  const d = line[j + 1] as Position;
  return segmentContact(a[0] as number, a[1] as number, b[0] as number, b[1] as number, c[0] as number, c[1] as number, d[0] as number, d[1] as number);
}

export function lineSelfIntersects(line: readonly Position[]): boolean {
  for (let i = 0; i + 1 < line.length; i++) {
    for (let j = i + 1; j + 1 < line.length; j++) {
      const contact = contactOf(line, i, j);
      if (j === i + 1 ? contact === OVERLAPPING : contact !== NO_CONTACT) return true;
    }
  }
  return false;
}

export function strictlyInside(point: Position, geometry: Areal): boolean {
  return pointInAreal(point, geometry) && !pointOnBoundary(point, geometry, EDIT_TOLERANCE_DEG);
}

/** Why the line cannot split the geometry, or null when it may be tried. */
export function splitLineProblem(line: readonly Position[], geometry: Areal): EditRefusal | null {
  if (line.length < 2) return refuse('line-too-short');
  if (line.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) throw new RangeError('splitPlot: line coordinates must be finite');
  if (strictlyInside(line[0] as Position, geometry) || strictlyInside(line[line.length - 1] as Position, geometry)) return refuse('line-ends-inside');
  if (lineSelfIntersects(line)) return refuse('line-self-intersects');
  return null;
}
