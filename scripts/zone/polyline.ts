/**
 * Polylines of the zone frame: the outline sides, the river and the district boundaries.
 * Each polyline used here is monotone along one axis, so "the point at x" is unique.
 */
import type { BoxXY, RingXY, XY } from './plane.ts';
import { segmentsIntersect } from './plane.ts';

export type Axis = 0 | 1;

/** The coordinate on the other axis where a polyline monotone along `axis` meets `value`. */
export function valueAt(polyline: readonly XY[], axis: Axis, value: number): number {
  const other: Axis = axis === 0 ? 1 : 0;
  for (let i = 0; i + 1 < polyline.length; i++) {
    const a = polyline[i] as XY;
    const b = polyline[i + 1] as XY;
    const lo = Math.min(a[axis], b[axis]);
    const hi = Math.max(a[axis], b[axis]);
    if (value >= lo && value <= hi && hi > lo) {
      const t = (value - a[axis]) / (b[axis] - a[axis]);
      return a[other] + t * (b[other] - a[other]);
    }
  }
  throw new Error(`value ${value} is outside the polyline`);
}

/**
 * The point of a polyline monotone along `axis` at `value`, inserted as a vertex (or the
 * existing vertex there). Returns the new polyline and the point, shared by reference.
 */
export function insertVertexAt(polyline: readonly XY[], axis: Axis, value: number): { polyline: XY[]; point: XY } {
  const existing = polyline.find((p) => p[axis] === value);
  if (existing) return { polyline: [...polyline], point: existing };
  const other = valueAt(polyline, axis, value);
  const point: XY = axis === 0 ? [value, other] : [other, value];
  const result: XY[] = [];
  for (let i = 0; i < polyline.length; i++) {
    const a = polyline[i] as XY;
    result.push(a);
    const b = polyline[i + 1];
    if (b !== undefined && (a[axis] - value) * (b[axis] - value) < 0) result.push(point);
  }
  return { polyline: result, point };
}

/** The parts of a polyline before and after a vertex (the vertex is in both). */
export function splitAtVertex(polyline: readonly XY[], vertex: XY): [XY[], XY[]] {
  const index = polyline.indexOf(vertex);
  if (index < 0) throw new Error('split point is not a vertex of the polyline');
  return [polyline.slice(0, index + 1), polyline.slice(index)];
}

/** Concatenates pieces that each start where the previous ended into one open ring. */
export function joinPieces(pieces: readonly (readonly XY[])[]): RingXY {
  const ring: RingXY = [];
  for (const piece of pieces) ring.push(...piece.slice(0, -1));
  return ring;
}

/** Lowest and highest value on the other axis of a monotone polyline over [from, to]. */
export function rangeOver(polyline: readonly XY[], axis: Axis, from: number, to: number): [number, number] {
  const other: Axis = axis === 0 ? 1 : 0;
  const values = [valueAt(polyline, axis, from), valueAt(polyline, axis, to)];
  for (const p of polyline) if (p[axis] > from && p[axis] < to) values.push(p[other]);
  return [Math.min(...values), Math.max(...values)];
}

/** Does any segment of the polyline cross or touch the box? */
export function polylineTouchesBox(polyline: readonly XY[], box: BoxXY): boolean {
  const corners: XY[] = [[box.minX, box.minY], [box.maxX, box.minY], [box.maxX, box.maxY], [box.minX, box.maxY]];
  for (let i = 0; i + 1 < polyline.length; i++) {
    const a = polyline[i] as XY;
    const b = polyline[i + 1] as XY;
    if (Math.max(a[0], b[0]) < box.minX || Math.min(a[0], b[0]) > box.maxX) continue;
    if (Math.max(a[1], b[1]) < box.minY || Math.min(a[1], b[1]) > box.maxY) continue;
    if (inBox(a, box) || inBox(b, box)) return true;
    for (let k = 0; k < 4; k++) {
      if (segmentsIntersect(a, b, corners[k] as XY, corners[(k + 1) % 4] as XY)) return true;
    }
  }
  return false;
}

function inBox(p: XY, box: BoxXY): boolean {
  return p[0] >= box.minX && p[0] <= box.maxX && p[1] >= box.minY && p[1] <= box.maxY;
}

export function expandBox(box: BoxXY, marginM: number): BoxXY {
  return { minX: box.minX - marginM, minY: box.minY - marginM, maxX: box.maxX + marginM, maxY: box.maxY + marginM };
}
