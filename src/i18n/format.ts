import type { Ratio } from '../domain/ratio.ts';
import { langTag, msg, type Lang } from './locale.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${fractionDigits}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(langTag(lang), {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, found);
  }
  return found;
}

/** A number with grouping and a fixed number of decimals; "no data" for null or non-finite. */
export function formatNumber(lang: Lang, value: number | null | undefined, fractionDigits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return msg(lang, 'common.noData');
  return formatter(lang, fractionDigits).format(value);
}

/** A 0..1 ratio as a percentage with one decimal; "no data" for null. */
export function formatRatioPercent(lang: Lang, ratio: Ratio | undefined): string {
  if (ratio === null || ratio === undefined) return msg(lang, 'common.noData');
  return `${formatNumber(lang, ratio * 100, 1)} %`;
}

/** Decimals shown for each area unit. */
export const AREA_DECIMALS = { m2: 1, mu: 2, hectare: 4, km2: 3 } as const;
