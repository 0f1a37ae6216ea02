/**
 * The edges of a polygon's rings in flat typed arrays, for the intersection sweep. One store
 * is reused from polygon to polygon (it only grows), so checking 200 000 small plots does not
 * allocate 200 000 sets of arrays.
 */

export interface SegmentStore {
  count: number;
  x1: Float64Array;
  y1: Float64Array;
  x2: Float64Array;
  y2: Float64Array;
  /** which ring (or polygon, for cross-polygon tests) a segment belongs to */
  ring: Int32Array;
  /** first segment of each ring, and the number of segments in it */
  ringStart: number[];
  ringSize: number[];
}

export function createSegmentStore(capacity = 1024): SegmentStore {
  return {
    count: 0,
    x1: new Float64Array(capacity),
    y1: new Float64Array(capacity),
    x2: new Float64Array(capacity),
    y2: new Float64Array(capacity),
    ring: new Int32Array(capacity),
    ringStart: [],
    ringSize: [],
  };
}

function grow(store: SegmentStore, needed: number): void {
  if (needed <= store.x1.length) return;
  const capacity = Math.max(needed, store.x1.length * 2);
  const copy = (a: Float64Array): Float64Array => {
    const b = new Float64Array(capacity);
    b.set(a.subarray(0, store.count));
    return b;
  };
  store.x1 = copy(store.x1);
  store.y1 = copy(store.y1);
  store.x2 = copy(store.x2);
  store.y2 = copy(store.y2);
  const ring = new Int32Array(capacity);
  ring.set(store.ring.subarray(0, store.count));
  store.ring = ring;
}

export function clearSegments(store: SegmentStore): void {
  store.count = 0;
  store.ringStart.length = 0;
  store.ringSize.length = 0;
}

/** Adds the edges of a closed ring (first = last) as ring number `store.ringStart.length`. */
export function addRing(store: SegmentStore, ring: readonly number[][]): void {
  const edges = Math.max(0, ring.length - 1);
  grow(store, store.count + edges);
  const r = store.ringStart.length;
  store.ringStart.push(store.count);
  store.ringSize.push(edges);
  let k = store.count;
  for (let i = 0; i < edges; i++, k++) {
    const a = ring[i] as number[];
    const b = ring[i + 1] as number[];
    store.x1[k] = a[0] as number;
    store.y1[k] = a[1] as number;
    store.x2[k] = b[0] as number;
    store.y2[k] = b[1] as number;
    store.ring[k] = r;
  }
  store.count = k;
}

/** Appends one segment tagged `ring` (for tests between geometries, where rings do not matter). */
export function pushSegment(store: SegmentStore, x1: number, y1: number, x2: number, y2: number, ring: number): void {
  const k = store.count;
  grow(store, k + 1);
  store.x1[k] = x1;
  store.y1[k] = y1;
  store.x2[k] = x2;
  store.y2[k] = y2;
  store.ring[k] = ring;
  store.count = k + 1;
}

/** True when segments i and j follow each other along the same ring (they share a vertex). */
export function areAdjacent(store: SegmentStore, i: number, j: number): boolean {
  const r = store.ring[i] as number;
  if (r !== store.ring[j]) return false;
  const d = Math.abs(i - j);
  if (d === 1) return true;
  const size = store.ringSize[r] as number;
  return d === size - 1 && size > 2;
}

/** The segment after i along its ring (wrapping at the end). */
export function nextInRing(store: SegmentStore, i: number): number {
  const r = store.ring[i] as number;
  const start = store.ringStart[r] as number;
  return i + 1 < start + (store.ringSize[r] as number) ? i + 1 : start;
}

/** The segment before i along its ring (wrapping at the start). */
export function previousInRing(store: SegmentStore, i: number): number {
  const r = store.ring[i] as number;
  const start = store.ringStart[r] as number;
  return i > start ? i - 1 : start + (store.ringSize[r] as number) - 1;
}
