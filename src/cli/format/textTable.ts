/**
 * Plain-text tables for the terminal. Chinese characters take two columns, so widths are
 * measured in terminal cells, not in UTF-16 units.
 */
export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align: Align;
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width of a string in terminal cells (East Asian wide characters count two). */
export function cellWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - cellWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Renders rows under headers, columns separated by two spaces, with a rule under the header. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, i) =>
    Math.max(cellWidth(column.header), ...rows.map((row) => cellWidth(row[i] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    columns.map((column, i) => pad(cells[i] ?? '', widths[i] ?? 0, column.align)).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}
