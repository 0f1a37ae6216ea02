/**
 * A Review table as the rows of a CSV file: Chinese headers, text cells in Chinese, numbers
 * in the unit the header names (ratios as percentages), plain digits without grouping.
 */
import type { ReviewTable, ReviewValue, ValueKind } from './reviewTable.ts';
import { isBilingual } from './reviewTable.ts';

const DECIMALS: Readonly<Record<Exclude<ValueKind, 'text'>, number>> = {
  count: 0, areaMu: 2, areaHa: 4, ratio: 2, perMu: 2, decimal: 3, lq: 3,
};

/** One cell as CSV text; '' for no data. */
export function csvCell(value: ReviewValue, kind: ValueKind): string {
  if (isBilingual(value)) return value.zh;
  if (value === null || !Number.isFinite(value)) return '';
  if (kind === 'text') return String(value);
  const shown = kind === 'ratio' ? value * 100 : value;
  return shown.toFixed(DECIMALS[kind]);
}

export function csvRowsOf(table: ReviewTable): string[][] {
  return [
    table.columns.map((c) => c.label.zh),
    ...table.rows.map((row) => row.values.map((value, i) => csvCell(value, table.columns[i]?.kind ?? 'text'))),
  ];
}
