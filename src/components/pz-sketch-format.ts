/**
 * How the sketch components write times and the supply ratio, in the UI language.
 */
import { formatRatioPercent } from '../i18n/format.ts';
import { langTag, type Lang } from '../i18n/locale.ts';

const formatters = new Map<Lang, Intl.DateTimeFormat>();

export function formatTime(lang: Lang, ms: number): string {
  let format = formatters.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(langTag(lang), { dateStyle: 'short', timeStyle: 'medium' });
    formatters.set(lang, format);
  }
  return format.format(new Date(ms));
}

export function formatOccupancy(lang: Lang, ratio: number | null): string {
  return formatRatioPercent(lang, ratio);
}
