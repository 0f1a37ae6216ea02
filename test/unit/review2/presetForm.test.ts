import { describe, expect, it } from 'vitest';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import { formOfPreset, presetOfForm, readField } from '../../../src/state/presetForm.ts';

describe('preset form', () => {
  it('reads per cent fields as ratios and 万元/亩 fields as typed', () => {
    expect(readField('35', 'percent')).toBeCloseTo(0.35, 15);
    expect(readField(' 7 % ', 'percent')).toBeCloseTo(0.07, 15);
    expect(readField('250', 'wanYuanPerMu')).toBe(250);
    expect(readField('', 'ratio')).toBeUndefined();
  });

  it('names a negative, a non-number and a share over 100 %', () => {
    expect(readField('-1', 'wanYuanPerMu')).toBe('negative');
    expect(readField('12万', 'wanYuanPerMu')).toBe('notNumber');
    expect(readField('120', 'percent')).toBe('overHundred');
  });

  it('shows the example preset in its units: 35 % coverage, 0.7 floor-area ratio, 7 % admin share', () => {
    const form = formOfPreset(EXAMPLE_THRESHOLDS);
    expect(form.coverageMin).toBe('35');
    expect(form.farMin).toBe('0.7');
    expect(form.maxAdmin).toBe('7');
    expect(form.minInvestment).toBe('250');
  });

  it('gives back the example preset from its own form, under a new id and not as an example', () => {
    const result = presetOfForm(formOfPreset(EXAMPLE_THRESHOLDS), 'mine');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preset.id).toBe('mine');
    expect(result.preset.isExample).toBe(false);
    expect(result.preset.minInvestmentWanYuanPerMu).toBe(250);
    expect(result.preset.buildingCoverageRatio?.min).toBeCloseTo(0.35, 15);
    expect(result.preset.maxAdminRatio).toBeCloseTo(0.07, 15);
  });

  it('refuses a minimum above the maximum and leaves an emptied bound unchecked', () => {
    const form = { ...formOfPreset(EXAMPLE_THRESHOLDS), farMin: '2', farMax: '1' };
    const refused = presetOfForm(form, 'x');
    expect(refused.ok ? null : refused.errors.farMax).toBe('minOverMax');
    const open = presetOfForm({ ...formOfPreset(EXAMPLE_THRESHOLDS), minTax: '' }, 'x');
    expect(open.ok && open.preset.minTaxWanYuanPerMu).toBeUndefined();
  });
});
