/**
 * A seeded pseudo-random generator (sfc32, seeded through splitmix32) with the few draws the
 * zone generator needs. Same seed → same sequence on every machine: only 32-bit integer
 * arithmetic and IEEE division. `fork(label)` derives an independent stream, so a change in
 * one part of the generator does not shift the draws of another.
 */
export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform in [min, max) */
  range(min: number, max: number): number;
  /** integer uniform in [min, max] */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** a key drawn with probability proportional to its weight */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** log-normal with the given median and log-space standard deviation */
  logNormal(median: number, sigma: number): number;
  fork(label: string): Random;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(seed: number): () => number {
  const init = splitmix32(seed);
  let a = init(), b = init(), c = init(), d = init();
  const step = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) step();
  return step;
}

/** FNV-1a hash of a label, to derive the seed of a forked stream. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function createRandom(seed: number): Random {
  const nextUint = sfc32(seed);
  const next = (): number => nextUint() / 4294967296;
  const random: Random = {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted: (weights) => pickWeighted(weights, next()),
    logNormal: (median, sigma) => median * Math.exp(sigma * standardNormal(next)),
    fork: (label) => createRandom((seed ^ hashLabel(label)) >>> 0),
  };
  return random;
}

function pickWeighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>, u: number): K {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let threshold = u * total;
  for (const [key, weight] of entries) {
    threshold -= weight;
    if (threshold < 0) return key;
  }
  const last = entries[entries.length - 1];
  if (last === undefined) throw new Error('weighted pick from no weights');
  return last[0];
}

/** Box–Muller, one value per call (the second is dropped to keep the stream simple). */
function standardNormal(next: () => number): number {
  const u1 = 1 - next();
  const u2 = next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
