import { describe, expect, it } from 'vitest';
import { cellWidth, renderTable } from '../../../src/cli/format/textTable.ts';
import { csvField, renderCsv } from '../../../src/cli/format/csv.ts';
import { formatPercent } from '../../../src/cli/format/numbers.ts';

describe('text tables', () => {
  it('counts a Chinese character as two terminal cells', () => {
    expect(cellWidth('北区')).toBe(4);
    expect(cellWidth('North 北')).toBe(8);
  });

  it('aligns columns of mixed Chinese and Latin text by terminal width', () => {
    const text = renderTable(
      [{ header: '区', align: 'left' }, { header: 'mu', align: 'right' }],
      [['北区', '12.5'], ['East', '3']],
    );
    expect(text.split('\n')).toEqual(['区      mu', '────  ────', '北区  12.5', 'East     3']);
  });
});

describe('CSV', () => {
  it('quotes fields holding commas, quotes or line breaks and doubles the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(null)).toBe('');
    expect(renderCsv(['id', 'name'], [['1', '某"厂']])).toBe('id,name\n1,"某""厂"\n');
  });
});

describe('numbers', () => {
  it('shows a ratio without data as a dash, never as 0 %', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(0.256)).toBe('25.6%');
  });
});
