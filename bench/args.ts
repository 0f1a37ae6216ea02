/**
 * Command-line options of the benchmark (bench/run.ts):
 *   --sizes 1000,10000,100000   plot counts of the synthetic zones (default all three)
 *   --turf-sample N             time plain-Turf occupancy on N random plots and extrapolate linearly
 *   --updates N                 one-plot updates timed per size (default 2000)
 *   --seed N                    zone seed (default 1, as scripts/generate-zone.ts)
 *   --regenerate                regenerate bench/generated/zone-N even when it exists
 */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  sizes: number[];
  /** undefined: Turf occupancy runs over every plot */
  turfSample: number | undefined;
  updates: number;
  seed: number;
  regenerate: boolean;
}

export const USAGE = 'usage: npm run bench -- [--sizes 1000,10000,100000] [--turf-sample N] [--updates N] [--seed N] [--regenerate]';

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a positive whole number, got "${text}". ${USAGE}`);
  return value;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string' },
      'turf-sample': { type: 'string' },
      updates: { type: 'string' },
      seed: { type: 'string' },
      regenerate: { type: 'boolean' },
    },
  });
  const sizes = (values.sizes ?? '1000,10000,100000').split(',').map((s) => positiveInteger(s.trim(), '--sizes'));
  const turfSample = values['turf-sample'];
  return {
    sizes,
    turfSample: turfSample === undefined ? undefined : positiveInteger(turfSample, '--turf-sample'),
    updates: values.updates === undefined ? 2000 : positiveInteger(values.updates, '--updates'),
    seed: values.seed === undefined ? 1 : positiveInteger(values.seed, '--seed'),
    regenerate: values.regenerate === true,
  };
}
