/**
 * Investment, output and tax of an occupied plot, in 万元, drawn per 亩 around medians that
 * straddle the example thresholds (investment 250, output 400, tax 20 万元/亩), so that some
 * plots pass and some fail.
 */
import { m2ToMu } from '../../src/domain/units.ts';
import type { PlotStatus } from '../../src/domain/plot.ts';
import type { DistrictId } from '../../src/domain/zone.ts';
import type { Random } from './random.ts';

export type EconomicProfile = 'white-goods' | 'leather' | 'logistics' | 'modern-services' | 'other' | 'residential';

interface PerMu {
  investment: number;
  output: number;
  taxRate: number;
}

const MEDIANS: Readonly<Record<EconomicProfile, PerMu>> = {
  'white-goods': { investment: 330, output: 600, taxRate: 0.05 },
  leather: { investment: 255, output: 430, taxRate: 0.045 },
  logistics: { investment: 215, output: 300, taxRate: 0.05 },
  'modern-services': { investment: 420, output: 480, taxRate: 0.09 },
  other: { investment: 275, output: 440, taxRate: 0.05 },
  residential: { investment: 650, output: 0, taxRate: 0 },
};

const DISTRICT_FACTOR: Readonly<Record<DistrictId, number>> = { north: 1.08, west: 1.05, east: 0.92, south: 0.9 };

export interface Economics {
  investmentWanYuan?: number;
  outputWanYuanPerYear?: number;
  taxWanYuanPerYear?: number;
}

/** Nothing for vacant and reserved land; a contract investment once allocated; output and tax once built. */
export function drawEconomics(
  profile: EconomicProfile, status: PlotStatus, districtId: DistrictId, areaM2: number, random: Random,
): Economics {
  if (status === 'vacant' || status === 'reserved') return {};
  const medians = MEDIANS[profile];
  const factor = DISTRICT_FACTOR[districtId];
  const areaMu = m2ToMu(areaM2);
  const intensity = random.logNormal(medians.investment * factor, 0.3);
  const investment = status === 'idle' ? intensity * random.range(0.2, 0.5) : intensity;
  const result: Economics = { investmentWanYuan: Math.max(1, Math.round(investment * areaMu)) };
  if (status !== 'built' || medians.output === 0 || random.chance(0.03)) return result;
  const output = random.logNormal(medians.output * factor, 0.42) * areaMu;
  const tax = output * random.logNormal(medians.taxRate, 0.3);
  result.outputWanYuanPerYear = Math.max(1, Math.round(output));
  result.taxWanYuanPerYear = Math.max(0.1, Math.round(tax * 10) / 10);
  return result;
}
