/**
 * Term layouts: the part of a plot's contribution terms that thousands of plots share.
 *
 * A plot's terms are (field, kind, amount) triples (contributionTerms.ts). Which fields and
 * kinds a plot has depends only on which attributes it reports and on its status, so all plots
 * share a few dozen *layouts*; only the SCALED amounts (investment, output, floor area, …) are
 * the plot's own. A layout is the list of triples with each SCALED amount replaced by its index
 * among the plot's amounts (contributionPacked.ts keeps the amounts): the same values, in a
 * fraction of the memory.
 */

/** Kinds of term: the share's own area (m²), a whole-plot quantity × the share fraction, a count. */
export const SHARE = 0;
export const SCALED = 1;
export const COUNT = 2;

export interface TermLayout {
  /** (field, kind, amount) triples; for a SCALED triple the amount is an index into the plot's amounts */
  triples: readonly number[];
  /** number of SCALED triples */
  amountCount: number;
}

/** Layouts seen so far, by key (a bucket holds layouts that share a key). */
const layouts = new Map<number, TermLayout[]>();

function sameLayout(layout: TermLayout, triples: readonly number[], length: number): boolean {
  const own = layout.triples;
  if (own.length !== length) return false;
  let amountIndex = 0;
  for (let t = 0; t < length; t += 3) {
    if (own[t] !== triples[t] || own[t + 1] !== triples[t + 1]) return false;
    const amount = triples[t + 1] === SCALED ? amountIndex++ : triples[t + 2];
    if (own[t + 2] !== amount) return false;
  }
  return true;
}

function newLayout(triples: readonly number[], length: number): TermLayout {
  const own = triples.slice(0, length);
  let amountCount = 0;
  for (let t = 0; t < length; t += 3) if (own[t + 1] === SCALED) own[t + 2] = amountCount++;
  return { triples: own, amountCount };
}

/**
 * The shared layout of the first `length` numbers of `triples`. `key` is any number that equal
 * layouts share (the terms' field mask); plots with the same key are checked triple by triple,
 * so a key two layouts share only costs a second entry.
 */
export function layoutOf(triples: readonly number[], length: number, key: number): TermLayout {
  let bucket = layouts.get(key);
  if (bucket === undefined) layouts.set(key, (bucket = []));
  for (const layout of bucket) if (sameLayout(layout, triples, length)) return layout;
  const layout = newLayout(triples, length);
  bucket.push(layout);
  return layout;
}

/** Writes the SCALED amounts of the first `length` numbers of `triples` to `into` from 0 on; returns how many. */
export function writeAmounts(triples: readonly number[], length: number, into: number[]): number {
  let count = 0;
  for (let t = 1; t < length; t += 3) {
    if (triples[t] === SCALED) into[count++] = triples[t + 1] as number;
  }
  return count;
}
