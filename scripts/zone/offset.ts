/**
 * Mitred offsets of the zone's polylines: the outline moved inward by the setback, and the
 * river corridor as the river line moved to both banks. The lines bend gently (well under
 * 90°), so mitred corners stay close to the line and the offsets stay simple.
 */
import type { RingXY, XY } from './plane.ts';

/** The line through a segment moved `distanceM` to its left. */
function shiftedLine(a: XY, b: XY, distanceM: number): { point: XY; direction: XY } {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const direction: XY = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
  return { point: [a[0] - direction[1] * distanceM, a[1] + direction[0] * distanceM], direction };
}

function meet(l1: { point: XY; direction: XY }, l2: { point: XY; direction: XY }): XY {
  const denominator = l1.direction[0] * l2.direction[1] - l1.direction[1] * l2.direction[0];
  if (Math.abs(denominator) < 1e-9) return l2.point;
  const dx = l2.point[0] - l1.point[0];
  const dy = l2.point[1] - l1.point[1];
  const t = (dx * l2.direction[1] - dy * l2.direction[0]) / denominator;
  return [l1.point[0] + t * l1.direction[0], l1.point[1] + t * l1.direction[1]];
}

/** A closed ring moved `distanceM` to the left of its edges (inward for a counter-clockwise ring). */
export function offsetRing(ring: RingXY, distanceM: number): RingXY {
  const lines = ring.map((a, i) => shiftedLine(a, ring[(i + 1) % ring.length] as XY, distanceM));
  return lines.map((line, i) => meet(lines[(i - 1 + lines.length) % lines.length] as (typeof lines)[number], line));
}

/** An open polyline moved `distanceM` to its left; the ends move square to the end segments. */
export function offsetPolyline(points: readonly XY[], distanceM: number): XY[] {
  const lines = points.slice(0, -1).map((a, i) => shiftedLine(a, points[i + 1] as XY, distanceM));
  const first = lines[0];
  const last = lines[lines.length - 1];
  const end = points[points.length - 1];
  if (!first || !last || !end) throw new Error('a polyline needs two points');
  const middle = lines.slice(1).map((line, i) => meet(lines[i] as typeof line, line));
  const lastEnd: XY = [end[0] - last.direction[1] * distanceM, end[1] + last.direction[0] * distanceM];
  return [first.point, ...middle, lastEnd];
}

/** The polyline extended by `lengthM` beyond both ends, along its end segments. */
export function extendPolyline(points: readonly XY[], lengthM: number): XY[] {
  const [a, b] = points;
  const y = points[points.length - 2];
  const z = points[points.length - 1];
  if (!a || !b || !y || !z) throw new Error('a polyline needs two points');
  const away = (from: XY, to: XY): XY => {
    const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    return [to[0] + ((to[0] - from[0]) / length) * lengthM, to[1] + ((to[1] - from[1]) / length) * lengthM];
  };
  return [away(b, a), ...points, away(y, z)];
}

/** The band within `halfWidthM` of a polyline, as a counter-clockwise ring. */
export function corridorRing(points: readonly XY[], halfWidthM: number): RingXY {
  const leftBank = offsetPolyline(points, halfWidthM);
  const rightBank = offsetPolyline(points, -halfWidthM);
  return [...rightBank, ...leftBank.reverse()];
}
