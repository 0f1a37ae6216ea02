import type { ThresholdPreset } from '../../domain/thresholds.ts';
import type { ZoneStats } from '../../stats/types.ts';
import type { Language } from '../main.ts';
import type { ComplianceCounts } from './compliance.ts';

/** Everything `parkzone stats` prints, in whichever format. */
export interface StatsReport {
  stats: ZoneStats;
  compliance: ComplianceCounts;
  thresholds: ThresholdPreset;
  nameOf: (areaId: string) => string;
  lang: Language;
}

export const INDICATOR_LABELS = {
  investmentWanYuanPerMu: ['亩均投资', 'investment/mu'],
  outputWanYuanPerMu: ['亩均产值', 'output/mu'],
  taxWanYuanPerMu: ['亩均税收', 'tax/mu'],
  floorAreaRatio: ['容积率', 'floor area ratio'],
  buildingCoverageRatio: ['建筑系数', 'building coverage'],
  greenRatio: ['绿地率', 'green ratio'],
  adminRatio: ['行政办公及生活服务用地比例', 'admin share'],
} as const;
