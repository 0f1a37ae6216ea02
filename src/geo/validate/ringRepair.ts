/**
 * Repairs one ring without changing its area: removes repeated consecutive vertices and
 * zero-width spikes (the outline goes out and back along one line), closes it, and tells when
 * fewer than three distinct vertices are left (no area at all).
 */

export interface RingRepair {
  /** the closed ring, or null when fewer than three distinct vertices are left */
  ring: number[][] | null;
  /** the input was not closed (first ≠ last) */
  wasOpen: boolean;
  duplicatesRemoved: number;
  /** tips of the spikes removed */
  spikes: number[][];
}

/** sin of the largest angle between a spike's two arms: 1e-9 is 1 µm of width per km */
const SPIKE_SINE = 1e-9;

function samePoint(a: readonly number[], b: readonly number[]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** True when b is the tip of a spike a → b → c (collinear, turning back). */
export function isSpike(a: readonly number[], b: readonly number[], c: readonly number[]): boolean {
  const ux = (b[0] as number) - (a[0] as number);
  const uy = (b[1] as number) - (a[1] as number);
  const vx = (c[0] as number) - (b[0] as number);
  const vy = (c[1] as number) - (b[1] as number);
  if (ux * vx + uy * vy >= 0) return false;
  const cross = ux * vy - uy * vx;
  return Math.abs(cross) <= SPIKE_SINE * Math.hypot(ux, uy) * Math.hypot(vx, vy);
}

export function repairRing(input: readonly number[][]): RingRepair {
  const n = input.length;
  const first = input[0];
  const last = input[n - 1];
  const closed = n >= 2 && first !== undefined && last !== undefined && samePoint(first, last);
  const open = closed ? input.slice(0, n - 1) : input.slice();
  const spikes: number[][] = [];
  let duplicatesRemoved = 0;
  const out: number[][] = [];
  for (const p of open) {
    const top = out[out.length - 1];
    if (top !== undefined && samePoint(top, p)) {
      duplicatesRemoved++;
      continue;
    }
    out.push(p);
    duplicatesRemoved += popSpikes(out, spikes, out.length - 1);
  }
  duplicatesRemoved += closeWrap(out, spikes);
  if (out.length < 3) return { ring: null, wasOpen: n > 0 && !closed, duplicatesRemoved, spikes };
  out.push((out[0] as number[]).slice());
  return { ring: out, wasOpen: n > 0 && !closed, duplicatesRemoved, spikes };
}

/** Removes spikes ending at out[end] (the newest vertex); returns duplicates removed on the way. */
function popSpikes(out: number[][], spikes: number[][], end: number): number {
  let duplicates = 0;
  while (out.length >= 3 && end === out.length - 1) {
    const a = out[out.length - 3] as number[];
    const b = out[out.length - 2] as number[];
    const c = out[out.length - 1] as number[];
    if (!isSpike(a, b, c)) break;
    spikes.push(b);
    out.splice(out.length - 2, 1);
    if (samePoint(a, c)) {
      out.pop();
      duplicates++;
    }
    end = out.length - 1;
  }
  return duplicates;
}

/** Repeats the duplicate and spike checks across the seam between the last and first vertex. */
function closeWrap(out: number[][], spikes: number[][]): number {
  let duplicates = 0;
  for (let changed = true; changed && out.length >= 2; ) {
    changed = false;
    const n = out.length;
    const firstP = out[0] as number[];
    const lastP = out[n - 1] as number[];
    if (samePoint(firstP, lastP)) {
      out.pop();
      duplicates++;
      changed = true;
    } else if (n >= 3 && isSpike(out[n - 2] as number[], lastP, firstP)) {
      spikes.push(out.pop() as number[]);
      changed = true;
    } else if (n >= 3 && isSpike(lastP, firstP, out[1] as number[])) {
      spikes.push(out.shift() as number[]);
      changed = true;
    }
  }
  return duplicates;
}
