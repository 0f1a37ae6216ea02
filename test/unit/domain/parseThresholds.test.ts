import { describe, expect, it } from 'vitest';
import { parseThresholdPreset } from '../../../src/domain/parseThresholds.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';

describe('threshold presets', () => {
  it('reads the shipped example preset back unchanged', () => {
    const copy: unknown = JSON.parse(JSON.stringify(EXAMPLE_THRESHOLDS));
    expect(parseThresholdPreset(copy)).toEqual({ ok: true, preset: EXAMPLE_THRESHOLDS });
  });

  it('refuses a negative bound and names the threshold', () => {
    const result = parseThresholdPreset({ minTaxWanYuanPerMu: -1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasonEn).toContain('minTaxWanYuanPerMu');
  });

  it('refuses a range whose minimum exceeds its maximum', () => {
    const result = parseThresholdPreset({ floorAreaRatio: { min: 2, max: 1 } });
    expect(result.ok).toBe(false);
  });

  it('refuses a file that is not an object', () => {
    expect(parseThresholdPreset([1, 2]).ok).toBe(false);
  });
});
