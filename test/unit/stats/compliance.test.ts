import { describe, expect, it } from 'vitest';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import type { ThresholdPreset } from '../../../src/domain/thresholds.ts';
import { M2_PER_MU } from '../../../src/domain/units.ts';
import { complianceOf, overallVerdict } from '../../../src/stats/compliance.ts';
import { plotEfficiency } from '../../../src/stats/efficiency.ts';
import type { Efficiency, ThresholdIndicator } from '../../../src/stats/types.ts';

const NO_DATA: Efficiency = {
  investmentWanYuanPerMu: null, outputWanYuanPerMu: null, taxWanYuanPerMu: null, floorAreaRatio: null,
  buildingCoverageRatio: null, greenRatio: null, adminRatio: null,
};

function verdict(indicator: ThresholdIndicator, value: number, preset: ThresholdPreset = EXAMPLE_THRESHOLDS): string | undefined {
  return complianceOf({ ...NO_DATA, [indicator]: value }, preset).find((c) => c.indicator === indicator)?.verdict;
}

describe('threshold compliance, indicator by indicator (example preset)', () => {
  it.each([
    ['investmentWanYuanPerMu', 250, 249.99],
    ['outputWanYuanPerMu', 400, 399.99],
    ['taxWanYuanPerMu', 20, 19.99],
  ] as const)('passes %s at the minimum %d and fails just below', (indicator, atBound, below) => {
    expect(verdict(indicator, atBound)).toBe('pass');
    expect(verdict(indicator, below)).toBe('fail');
  });

  it.each([
    ['floorAreaRatio', 0.7, 1.8, 0.69, 1.81],
    ['buildingCoverageRatio', 0.35, 0.65, 0.34, 0.66],
  ] as const)('passes %s at both ends of its range and fails outside', (indicator, min, max, below, above) => {
    expect([verdict(indicator, min), verdict(indicator, max)]).toEqual(['pass', 'pass']);
    expect([verdict(indicator, below), verdict(indicator, above)]).toEqual(['fail', 'fail']);
  });

  it.each([
    ['greenRatio', 0.2, 0.21],
    ['adminRatio', 0.07, 0.071],
  ] as const)('passes %s at the maximum %d and fails just above', (indicator, atBound, above) => {
    expect(verdict(indicator, atBound)).toBe('pass');
    expect(verdict(indicator, above)).toBe('fail');
  });

  it('passes a design drawn exactly at a bound whose ratio computes a hair below it', () => {
    const areaM2 = 1536;
    const floorAreaM2 = 0.7 * areaM2; // 1075.1999999999998
    expect(floorAreaM2 / areaM2).toBeLessThan(0.7);
    const compliance = complianceOf(plotEfficiency({ floorAreaM2 }, areaM2), EXAMPLE_THRESHOLDS);
    expect(compliance.find((c) => c.indicator === 'floorAreaRatio')?.verdict).toBe('pass');
  });

  it('gives no data for an indicator the plot lacks, and lists every bounded indicator in order', () => {
    const compliance = complianceOf(plotEfficiency({ taxWanYuanPerYear: 30 }, M2_PER_MU), EXAMPLE_THRESHOLDS);
    expect(compliance.map((c) => [c.indicator, c.verdict])).toEqual([
      ['investmentWanYuanPerMu', 'no-data'], ['outputWanYuanPerMu', 'no-data'], ['taxWanYuanPerMu', 'pass'],
      ['floorAreaRatio', 'no-data'], ['buildingCoverageRatio', 'no-data'], ['greenRatio', 'no-data'], ['adminRatio', 'no-data'],
    ]);
    expect(compliance[2]?.value).toBe(30);
  });

  it('does not list an indicator whose bound the preset does not set', () => {
    const preset: ThresholdPreset = { id: 't', name: 't', nameEn: 't', isExample: false, minTaxWanYuanPerMu: 10, floorAreaRatio: { max: 2 } };
    const compliance = complianceOf({ ...NO_DATA, taxWanYuanPerMu: 5, floorAreaRatio: 0.1 }, preset);
    expect(compliance.map((c) => [c.indicator, c.verdict])).toEqual([['taxWanYuanPerMu', 'fail'], ['floorAreaRatio', 'pass']]);
  });

  it('sums up a plot as fail when any indicator fails, else no data when any lacks data', () => {
    expect(overallVerdict([{ indicator: 'taxWanYuanPerMu', value: 1, verdict: 'fail' }, { indicator: 'greenRatio', value: null, verdict: 'no-data' }])).toBe('fail');
    expect(overallVerdict([{ indicator: 'taxWanYuanPerMu', value: 30, verdict: 'pass' }, { indicator: 'greenRatio', value: null, verdict: 'no-data' }])).toBe('no-data');
    expect(overallVerdict([{ indicator: 'taxWanYuanPerMu', value: 30, verdict: 'pass' }])).toBe('pass');
  });
});
