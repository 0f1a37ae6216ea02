/**
 * Rows of text as a CSV file Excel opens correctly: UTF-8 with a byte-order mark, CRLF line
 * ends, and RFC 4180 quoting (a field holding a comma, quote, CR or LF is quoted; quotes doubled).
 */

export const UTF8_BOM = '\uFEFF';

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text of `rows`, BOM first, each record ended by CRLF. */
export function csvTextOf(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** Parses CSV text (RFC 4180, optional BOM) back to rows; the inverse of `csvTextOf`. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && body[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
