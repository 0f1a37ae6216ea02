import { describe, expect, it } from 'vitest';
import { setPlotAttributes } from '../../../src/domain/edit/attributes.ts';
import { plotOf, rectM } from './fixtures.ts';

const a = plotOf('N-001-01', rectM(0, 0, 100, 100), { enterprise: '甲公司', investment: 100, note: 'x' });
const b = plotOf('N-001-02', rectM(100, 0, 200, 100), { status: 'vacant' });

function afterOf(result: ReturnType<typeof setPlotAttributes>, i = 0) {
  if (!result.ok) throw new Error(result.problems.map((p) => p.messageEn).join('; '));
  return result.change.changed[i]?.after;
}

describe('setPlotAttributes', () => {
  it('patches the bag, keeps unknown keys untouched and derives the typed attributes again', () => {
    const after = afterOf(setPlotAttributes([a], { landUse: '1101', investment: 2500 }));
    expect(after?.properties).toEqual({ ...a.properties, landUse: '1101', investment: 2500 });
    expect(after?.attributes).toMatchObject({ landUse: '1101', investmentWanYuan: 2500, enterprise: '甲公司' });
  });

  it('removes a key whose patch value is undefined, known or unknown', () => {
    const after = afterOf(setPlotAttributes([a], { investment: undefined, note: undefined }));
    expect(Object.keys(after?.properties ?? {})).not.toContain('investment');
    expect(Object.keys(after?.properties ?? {})).not.toContain('note');
    expect(after?.attributes.investmentWanYuan).toBeUndefined();
  });

  it('stores form text in canonical form: numbers as numbers, text trimmed, an empty field as no data', () => {
    const after = afterOf(setPlotAttributes([a], { output: ' 12.5 ', enterprise: ' 乙公司 ', tax: '' }));
    expect(after?.properties['output']).toBe(12.5);
    expect(after?.properties['enterprise']).toBe('乙公司');
    expect(Object.hasOwn(after?.properties ?? {}, 'tax')).toBe(false);
  });

  it('edits several plots at once and leaves out a plot the patch does not change', () => {
    const result = setPlotAttributes([a, b], { status: 'vacant' });
    if (!result.ok) throw new Error('expected ok');
    expect(result.change.changed.map((c) => c.after.id)).toEqual(['N-001-01']);
  });

  it('refuses a negative amount with a message naming the field and its unit', () => {
    const result = setPlotAttributes([a, b], { investment: -5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ key: 'investment', reason: 'negative' })]);
    expect(result.problems[0]?.messageEn).toBe('Investment (10k yuan) must not be negative; got -5.');
    expect(result.problems[0]?.messageZh).toBe('固定资产投资（万元）不能为负数，当前输入为 -5。');
  });

  it('refuses text that is not a number, an infinite number and a fractional floor count', () => {
    const result = setPlotAttributes([a], { floorArea: 'abc', greenArea: Infinity, floors: 2.5 });
    expect(result.ok ? [] : result.problems.map((p) => [p.key, p.reason])).toEqual([
      ['floorArea', 'not-a-number'], ['greenArea', 'not-a-number'], ['floors', 'not-whole'],
    ]);
  });

  it('refuses an unknown land-use code, status or cluster, and changes no plot', () => {
    const result = setPlotAttributes([a], { landUse: '9999', status: 'sold', industry: 'textiles' });
    expect(result.ok ? [] : result.problems.map((p) => p.reason)).toEqual(['unknown-land-use', 'unknown-status', 'unknown-industry']);
  });

  it('refuses to change the plot code here (renaming checks uniqueness)', () => {
    const result = setPlotAttributes([a], { id: 'X' });
    expect(result.ok ? null : result.problems[0]?.reason).toBe('id-not-editable');
  });

  it('keeps a __proto__ key as data', () => {
    const after = afterOf(setPlotAttributes([a], JSON.parse('{"__proto__": "polluted?"}') as Record<string, unknown>));
    expect(Object.hasOwn(after?.properties ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(after?.properties)).toBe(Object.prototype);
  });
});
