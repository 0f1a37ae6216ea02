/**
 * Whether two passages of ring outlines through one point cross there or only touch. A passage
 * is the pair of directions in which its ring leaves the point (back along the ring and forward
 * along it). The two cross when exactly one direction of the second lies strictly inside the
 * turn from the first direction of the first to its second: the second passage then comes from
 * one side of the first and leaves on the other.
 */
import type { SegmentStore } from './segments.ts';
import { nextInRing, previousInRing } from './segments.ts';

const TWO_PI = 2 * Math.PI;

/** Directions (as angles) in which segment k's ring leaves the point `at`. */
function passageAngles(s: SegmentStore, k: number, at: readonly number[]): [number, number] {
  const x = at[0] as number;
  const y = at[1] as number;
  let back: [number, number];
  let forward: [number, number];
  if (s.x1[k] === x && s.y1[k] === y) {
    const p = previousInRing(s, k);
    back = [s.x1[p] as number, s.y1[p] as number];
    forward = [s.x2[k] as number, s.y2[k] as number];
  } else if (s.x2[k] === x && s.y2[k] === y) {
    const n = nextInRing(s, k);
    back = [s.x1[k] as number, s.y1[k] as number];
    forward = [s.x2[n] as number, s.y2[n] as number];
  } else {
    back = [s.x1[k] as number, s.y1[k] as number];
    forward = [s.x2[k] as number, s.y2[k] as number];
  }
  return [Math.atan2(back[1] - y, back[0] - x), Math.atan2(forward[1] - y, forward[0] - x)];
}

/** Anticlockwise turn from angle `from` to angle `to`, in [0, 2π). */
function turn(from: number, to: number): number {
  const t = (to - from) % TWO_PI;
  return t < 0 ? t + TWO_PI : t;
}

export function passagesCross(s: SegmentStore, i: number, j: number, at: readonly number[]): boolean {
  const [a1, b1] = passageAngles(s, i, at);
  const [a2, b2] = passageAngles(s, j, at);
  const span = turn(a1, b1);
  const t2a = turn(a1, a2);
  const t2b = turn(a1, b2);
  // a shared direction (edges running together) is contact, not a crossing
  if (t2a === 0 || t2b === 0 || t2a === span || t2b === span) return false;
  return t2a < span !== t2b < span;
}
