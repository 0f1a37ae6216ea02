import type { Ratio } from '../../domain/ratio.ts';

/** Fixed decimals with thousands separators; "—" for missing values. */
export function formatNumber(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A 0..1 ratio as a percentage with one decimal; "—" (no data) when the denominator was zero. */
export function formatPercent(ratio: Ratio | undefined): string {
  if (ratio === null || ratio === undefined) return '—';
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A ratio kept as a plain number (location quotient, 容积率). */
export function formatRatio(ratio: Ratio | undefined, decimals = 2): string {
  return ratio === null || ratio === undefined ? '—' : ratio.toFixed(decimals);
}
