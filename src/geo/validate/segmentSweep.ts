/**
 * Candidate pairs of segments whose bounding boxes meet, by a sweep over segments sorted by
 * their smallest x: each segment is compared only with the segments that start within its own
 * x-extent. Near O(n log n) for real outlines, against O(n²) for all pairs (Turf's kinks).
 *
 * The sort avoids a comparator: each key packs the quantised smallest x (31 bits) above the
 * segment number (22 bits) into one exact double, and Float64Array sorts those natively.
 * Quantisation is monotone, so "quantised start > quantised end" still proves "no overlap".
 */
import type { SegmentStore } from './segments.ts';

/** Up to this many segments, all pairs are tried directly. */
const SMALL = 24;
const INDEX_BITS = 2 ** 22;
const Q_MAX = 2 ** 31 - 2;

let keys = new Float64Array(0);
let order = new Int32Array(0);
let startQ = new Float64Array(0);

/** Calls `visit(i, j)` (i < j) for every pair whose boxes meet; stops when it returns true. */
export function forEachCandidatePair(s: SegmentStore, visit: (i: number, j: number) => boolean): void {
  if (s.count <= SMALL) {
    allPairs(s, visit);
    return;
  }
  let minX = Infinity;
  let maxX = -Infinity;
  for (let k = 0; k < s.count; k++) {
    const lo = Math.min(s.x1[k] as number, s.x2[k] as number);
    const hi = Math.max(s.x1[k] as number, s.x2[k] as number);
    if (lo < minX) minX = lo;
    if (hi > maxX) maxX = hi;
  }
  const scale = maxX > minX ? Q_MAX / (maxX - minX) : 0;
  sortByStart(s, minX, scale);
  sweep(s, minX, scale, visit);
}

function allPairs(s: SegmentStore, visit: (i: number, j: number) => boolean): void {
  const { x1, y1, x2, y2 } = s;
  for (let i = 0; i < s.count; i++) {
    const ax = Math.min(x1[i] as number, x2[i] as number);
    const bx = Math.max(x1[i] as number, x2[i] as number);
    const ay = Math.min(y1[i] as number, y2[i] as number);
    const by = Math.max(y1[i] as number, y2[i] as number);
    for (let j = i + 1; j < s.count; j++) {
      if (Math.max(x1[j] as number, x2[j] as number) < ax || Math.min(x1[j] as number, x2[j] as number) > bx) continue;
      if (Math.max(y1[j] as number, y2[j] as number) < ay || Math.min(y1[j] as number, y2[j] as number) > by) continue;
      if (visit(i, j)) return;
    }
  }
}

function sortByStart(s: SegmentStore, minX: number, scale: number): void {
  const n = s.count;
  if (keys.length < n) {
    keys = new Float64Array(n);
    order = new Int32Array(n);
    startQ = new Float64Array(n);
  }
  if (n <= INDEX_BITS) {
    const k = keys.subarray(0, n);
    for (let i = 0; i < n; i++) k[i] = Math.floor((Math.min(s.x1[i] as number, s.x2[i] as number) - minX) * scale) * INDEX_BITS + i;
    k.sort();
    for (let a = 0; a < n; a++) {
      const q = Math.floor((k[a] as number) / INDEX_BITS);
      startQ[a] = q;
      order[a] = (k[a] as number) - q * INDEX_BITS;
    }
    return;
  }
  const idx = Array.from({ length: n }, (_, i) => i);
  const lo = (i: number): number => Math.min(s.x1[i] as number, s.x2[i] as number);
  idx.sort((a, b) => lo(a) - lo(b));
  for (let a = 0; a < n; a++) {
    order[a] = idx[a] as number;
    startQ[a] = Math.floor((lo(idx[a] as number) - minX) * scale);
  }
}

function sweep(s: SegmentStore, minX: number, scale: number, visit: (i: number, j: number) => boolean): void {
  const { x1, y1, x2, y2 } = s;
  const n = s.count;
  for (let a = 0; a < n; a++) {
    const i = order[a] as number;
    const loX = Math.min(x1[i] as number, x2[i] as number);
    const hiX = Math.max(x1[i] as number, x2[i] as number);
    const hiQ = Math.floor((hiX - minX) * scale);
    const loY = Math.min(y1[i] as number, y2[i] as number);
    const hiY = Math.max(y1[i] as number, y2[i] as number);
    for (let b = a + 1; b < n && (startQ[b] as number) <= hiQ; b++) {
      const j = order[b] as number;
      if (Math.min(x1[j] as number, x2[j] as number) > hiX || Math.max(x1[j] as number, x2[j] as number) < loX) continue;
      if (Math.max(y1[j] as number, y2[j] as number) < loY || Math.min(y1[j] as number, y2[j] as number) > hiY) continue;
      if (i < j ? visit(i, j) : visit(j, i)) return;
    }
  }
}
