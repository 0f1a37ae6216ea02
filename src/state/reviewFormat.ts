/**
 * How Review shows a value on screen: the kind's decimals with the language's grouping, ratios
 * as percentages, "no data" for null, texts in the UI language.
 */
import { formatNumber, formatRatioPercent } from '../i18n/format.ts';
import type { Lang } from '../i18n/locale.ts';
import { isBilingual, type ReviewValue, type ValueKind } from './reviewTable.ts';

const DECIMALS: Readonly<Record<Exclude<ValueKind, 'text' | 'ratio'>, number>> = {
  count: 0, areaMu: 1, areaHa: 2, perMu: 1, decimal: 2, lq: 2,
};

export function formatReviewValue(lang: Lang, value: ReviewValue, kind: ValueKind): string {
  if (isBilingual(value)) return value[lang];
  if (kind === 'ratio') return formatRatioPercent(lang, value);
  if (kind === 'text') return value === null ? '' : String(value);
  return formatNumber(lang, value, DECIMALS[kind]);
}

/** Background of a location-quotient cell: white at 1, deepening blue above, orange below. */
export function lqHeatColor(value: ReviewValue): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'transparent';
  const strength = Math.min(1, Math.abs(Math.log2(Math.max(value, 1e-6))) / 2);
  const alpha = Math.round(strength * 200).toString(16).padStart(2, '0');
  return value >= 1 ? `#2b6cb0${alpha}` : `#dd6b20${alpha}`;
}
