/** Small timing helpers for the benchmark (wall-clock, performance.now). */
export function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Best of `repeats` runs: the least disturbed by the other core's work. */
export function bestOfMs(repeats: number, run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) best = Math.min(best, timeMs(run));
  return best;
}

export function quantile(sortedValues: readonly number[], q: number): number {
  if (sortedValues.length === 0) return NaN;
  const index = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil(q * sortedValues.length) - 1));
  return sortedValues[index] ?? NaN;
}

/** Median and p99 of per-call durations of `run(i)` for i in 0..count-1. */
export function perCallMs(count: number, run: (i: number) => void): { medianMs: number; p99Ms: number } {
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    run(i);
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return { medianMs: quantile(durations, 0.5), p99Ms: quantile(durations, 0.99) };
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 0.1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return ms < 10_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
