/** Shared wording of the report: how a feature, a place and an area are named in messages. */
import { m2ToMu } from '../../../domain/units.ts';
import type { FeatureRef, Message } from '../report.ts';
import type { FeatureKind } from '../types.ts';

const NOUNS: Record<FeatureKind, Message> = {
  plots: { zh: '地块', en: 'Plot' },
  districts: { zh: '片区', en: 'District' },
  parks: { zh: '园中园', en: 'Park' },
};

/** The noun of a kind: 地块 / Plot, 片区 / District, 园中园 / Park. */
export function kindNoun(kind: FeatureKind): Message {
  return NOUNS[kind];
}

/** Long ids and texts are cut so a message stays one readable sentence. */
export function shortText(text: string, maxLength = 40): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1)}…`;
}

/** "第 4 个地块（编号 A-12）" / "Plot no. 4 (id "A-12")": numbered from 1 for people. */
export function featureLabel(kind: FeatureKind, ref: FeatureRef): Message {
  const noun = kindNoun(kind);
  const n = ref.index + 1;
  if (ref.id === null) return { zh: `第 ${n} 个${noun.zh}（无编号）`, en: `${noun.en} no. ${n} (no id)` };
  const id = shortText(ref.id);
  return { zh: `第 ${n} 个${noun.zh}（编号 ${id}）`, en: `${noun.en} no. ${n} (id "${id}")` };
}

/** A position as "lon, lat" with 6 decimals (about 0.1 m). */
export function formatPosition(position: readonly number[]): string {
  const x = position[0] ?? NaN;
  const y = position[1] ?? NaN;
  return `${formatNumber(x, 6)}, ${formatNumber(y, 6)}`;
}

/** A raw coordinate pair as written (metres or degrees), without trailing zeros. */
export function formatRawPair(position: readonly number[]): string {
  return `${formatNumber(position[0] ?? NaN, 3)}, ${formatNumber(position[1] ?? NaN, 3)}`;
}

function formatNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toFixed(decimals)));
}

/** "1 234 m²（1.85 亩）" / "1,234 m² (1.85 mu)". */
export function formatArea(areaM2: number): Message {
  const m2 = Math.round(areaM2);
  const mu = m2ToMu(areaM2);
  const muTenths = Math.round(mu * 10) / 10;
  const muText = (separator: string): string => (mu >= 10 ? `${groupThousands(Math.trunc(muTenths), separator)}${muTenths.toFixed(1).slice(-2)}` : mu.toPrecision(3));
  return { zh: `${groupThousands(m2, ' ')} m²（${muText(' ')} 亩）`, en: `${groupThousands(m2, ',')} m² (${muText(',')} mu)` };
}

function groupThousands(value: number, separator: string): string {
  const digits = String(Math.abs(value));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return value < 0 ? `-${grouped}` : grouped;
}

/** Joins a subject to a sentence in both languages: "第 4 个地块（…）的边界…". */
export function about(label: Message, zh: string, en: string): Message {
  return { zh: `${label.zh}${zh}`, en: `${label.en} ${en}` };
}
