/**
 * The tables and charts of Review mode as plain data: every value is a number straight from the
 * engine's figures (areas converted to 亩 or 公顷, ratios kept 0..1), or a text in both
 * languages. Components format them; CSV export writes them; nothing here is computed twice.
 */
import { msg, type MessageParams } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';

/** A text in both UI languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** How a number is shown: its decimals and whether it is a 0..1 ratio shown as a percentage. */
export type ValueKind = 'text' | 'count' | 'areaMu' | 'areaHa' | 'ratio' | 'perMu' | 'decimal' | 'lq';

/** One cell: a number (null is "no data") or a text. */
export type ReviewValue = number | null | Bilingual;

export interface ReviewColumn {
  key: string;
  kind: ValueKind;
  label: Bilingual;
}

export interface ReviewRow {
  key: string;
  values: readonly ReviewValue[];
  /** set on rows that stand for one plot: clicking the row selects it */
  plotId?: string;
}

export type ReviewTableId = 'occupancy' | 'lq' | 'clusters' | 'efficiency' | 'compliance' | 'failing';

export interface ReviewTable {
  id: ReviewTableId;
  title: Bilingual;
  columns: readonly ReviewColumn[];
  rows: readonly ReviewRow[];
}

export interface ChartSeries {
  key: string;
  label: Bilingual;
  color: string;
}

/** Horizontal stacked bars: one bar per row, one segment per series. */
export interface ReviewChart {
  id: 'occupancy' | 'clusters' | 'classes';
  title: Bilingual;
  series: readonly ChartSeries[];
  rows: ReadonlyArray<{ key: string; label: Bilingual; values: readonly number[] }>;
}

/** A message in both languages. */
export function bilingual(key: MessageKey, params?: MessageParams): Bilingual {
  return { zh: msg('zh', key, params), en: msg('en', key, params) };
}

export function column(key: string, kind: ValueKind, labelKey: MessageKey, params?: MessageParams): ReviewColumn {
  return { key, kind, label: bilingual(labelKey, params) };
}

export function isBilingual(value: ReviewValue): value is Bilingual {
  return value !== null && typeof value === 'object';
}
