/**
 * A ratio whose denominator may be zero. "No data" is `null`: never 0 %, never NaN.
 * Every ratio in the stats layer goes through `ratioOf`.
 */
export type Ratio = number | null;

export function ratioOf(numerator: number, denominator: number): Ratio {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  if (denominator === 0) return null;
  return numerator / denominator;
}
