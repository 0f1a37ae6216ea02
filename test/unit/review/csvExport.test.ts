import { describe, expect, it } from 'vitest';
import { csvField, csvTextOf, parseCsv } from '../../../src/io/csvExport.ts';

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect(csvTextOf([['区域', '面积'], ['北区', '1.5']])).toBe('\uFEFF区域,面积\r\n北区,1.5\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break and doubles its quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('plain 文本')).toBe('plain 文本');
  });

  it('parses its own output back to the same rows', () => {
    const rows = [['名称', '备注'], ['园区,一期', 'he said "ok"'], ['', 'x\r\ny']];
    expect(parseCsv(csvTextOf(rows))).toEqual(rows);
  });

  it('encodes as UTF-8 bytes EF BB BF first when written to a file', () => {
    const bytes = new TextEncoder().encode(csvTextOf([['区']]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
