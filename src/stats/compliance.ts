/**
 * Threshold compliance of a plot, indicator by indicator (DESIGN.md §3): pass, fail, or no data
 * when the plot lacks the input. An indicator whose bound the preset does not set is not listed.
 * Checking never changes the design.
 *
 * A value equal to its bound passes (≥ minimum, ≤ maximum). Since 容积率 and the other ratios
 * are computed (floor ÷ area), a design drawn exactly at 0.7 may compute as 0.69999999999; a
 * relative tolerance of 1e-9 absorbs that rounding and nothing a planner could mean.
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { Ratio } from '../domain/ratio.ts';
import type { ComplianceVerdict, Efficiency, IndicatorCompliance, ThresholdIndicator } from './types.ts';

const RELATIVE_TOLERANCE = 1e-9;

interface Bounds {
  min?: number;
  max?: number;
}

/** The bounds the preset sets for each indicator, in the order the UI lists them. */
export function boundsOf(preset: ThresholdPreset): Array<[ThresholdIndicator, Bounds]> {
  const list: Array<[ThresholdIndicator, Bounds | undefined]> = [
    ['investmentWanYuanPerMu', minOnly(preset.minInvestmentWanYuanPerMu)],
    ['outputWanYuanPerMu', minOnly(preset.minOutputWanYuanPerMu)],
    ['taxWanYuanPerMu', minOnly(preset.minTaxWanYuanPerMu)],
    ['floorAreaRatio', preset.floorAreaRatio],
    ['buildingCoverageRatio', preset.buildingCoverageRatio],
    ['greenRatio', maxOnly(preset.maxGreenRatio)],
    ['adminRatio', maxOnly(preset.maxAdminRatio)],
  ];
  return list.filter((entry): entry is [ThresholdIndicator, Bounds] => {
    const bounds = entry[1];
    return bounds !== undefined && (bounds.min !== undefined || bounds.max !== undefined);
  });
}

function minOnly(min: number | undefined): Bounds | undefined {
  return min === undefined ? undefined : { min };
}

function maxOnly(max: number | undefined): Bounds | undefined {
  return max === undefined ? undefined : { max };
}

function slack(bound: number): number {
  return Math.abs(bound) * RELATIVE_TOLERANCE;
}

export function verdictOf(value: Ratio, bounds: Bounds): ComplianceVerdict {
  if (value === null) return 'no-data';
  if (bounds.min !== undefined && value < bounds.min - slack(bounds.min)) return 'fail';
  if (bounds.max !== undefined && value > bounds.max + slack(bounds.max)) return 'fail';
  return 'pass';
}

/** Pass / fail / no data for each indicator the preset bounds. */
export function complianceOf(efficiency: Efficiency, preset: ThresholdPreset): IndicatorCompliance[] {
  return boundsOf(preset).map(([indicator, bounds]) => {
    const value = efficiency[indicator];
    return { indicator, value, verdict: verdictOf(value, bounds) };
  });
}

/** One verdict for a plot: fail if any indicator fails, else no data if any lacks data, else pass. */
export function overallVerdict(compliance: readonly IndicatorCompliance[]): ComplianceVerdict {
  if (compliance.some((c) => c.verdict === 'fail')) return 'fail';
  if (compliance.some((c) => c.verdict === 'no-data')) return 'no-data';
  return 'pass';
}
