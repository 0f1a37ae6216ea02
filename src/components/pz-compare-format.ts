/**
 * How the comparison shows a figure of the engine: its bilingual label (the dashboard's column
 * names where they exist) and its value in the shown unit (亩 for areas in m², per cent for
 * shares). Display conversion only.
 */
import { m2ToMu } from '../domain/units.ts';
import { MESSAGES, type MessageKey } from '../i18n/messages.ts';
import { formatNumber } from '../i18n/format.ts';
import { msg, type Lang } from '../i18n/locale.ts';

function isKey(key: string): key is MessageKey {
  return key in MESSAGES;
}

/** The message key naming a plain figure (without a clusters prefix), or null. */
function keyOf(figure: string): MessageKey | null {
  const candidates = [`review.col.${figure.replace(/M2$/, 'Mu')}`, `review.col.${figure}`, `indicator.${figure}`];
  return candidates.find(isKey) ?? null;
}

export function figureLabel(lang: Lang, figure: string): string {
  const cluster = /^clusters\.([^.]+)\.(.+)$/.exec(figure);
  if (cluster !== null) {
    const industryKey = `industry.${cluster[1] ?? ''}`;
    const industry = isKey(industryKey) ? msg(lang, industryKey) : (cluster[1] ?? '');
    return `${industry} · ${figureLabel(lang, cluster[2] ?? '')}`;
  }
  if (figure === 'agglomeration.ratio') return msg(lang, 'compare.agglomeration');
  const key = keyOf(figure);
  return key === null ? figure : msg(lang, key);
}

/** The figure's value as shown beside its label; '–' for no data. */
export function figureValue(lang: Lang, figure: string, value: number | null): string {
  if (value === null) return '–';
  const plain = figure.replace(/^clusters\.[^.]+\./, '');
  if (plain.endsWith('M2')) return formatNumber(lang, m2ToMu(value), 2);
  const key = keyOf(plain);
  const percent = key !== null && MESSAGES[key].zh.includes('%');
  return percent ? formatNumber(lang, value * 100, 2) : formatNumber(lang, value, Number.isInteger(value) ? 0 : 3);
}
