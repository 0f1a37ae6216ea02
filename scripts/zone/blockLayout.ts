/**
 * How a block is cut into plots: a guillotine split of the block rectangle, the longer side
 * first, until each piece is near the target size of the block's theme. Neighbouring plots
 * are separated by an internal lane.
 */
import { M2_PER_MU } from '../../src/domain/units.ts';
import type { BoxXY } from './plane.ts';
import type { BlockTheme } from './profiles.ts';
import type { Random } from './random.ts';

interface SizeRule {
  medianMu: number;
  sigma: number;
  minMu: number;
  maxMu: number;
}

const SIZE_RULES: Readonly<Record<BlockTheme | 'standard-factory', SizeRule>> = {
  industrial: { medianMu: 125, sigma: 0.4, minMu: 30, maxMu: 200 },
  'standard-factory': { medianMu: 30, sigma: 0.3, minMu: 15, maxMu: 45 },
  logistics: { medianMu: 120, sigma: 0.4, minMu: 30, maxMu: 180 },
  commercial: { medianMu: 50, sigma: 0.45, minMu: 8, maxMu: 90 },
  business: { medianMu: 40, sigma: 0.45, minMu: 6, maxMu: 70 },
  residential: { medianMu: 110, sigma: 0.35, minMu: 40, maxMu: 150 },
  public: { medianMu: 50, sigma: 0.5, minMu: 10, maxMu: 100 },
  green: { medianMu: 160, sigma: 0.5, minMu: 30, maxMu: 300 },
};

export interface SplitRule {
  targetAreaM2: number;
  /** pieces larger than this are always split */
  maxAreaM2: number;
  laneM: number;
  minSideM: number;
}

/** The split rule of a block of a theme: its target plot area drawn once (scaled by gridScale²). */
export function splitRuleFor(theme: BlockTheme | 'standard-factory', gridScale: number, random: Random): SplitRule {
  const rule = SIZE_RULES[theme];
  const areaMu = Math.min(rule.maxMu, Math.max(rule.minMu, random.logNormal(rule.medianMu, rule.sigma)));
  const m2PerScaledMu = M2_PER_MU * gridScale * gridScale;
  return {
    targetAreaM2: areaMu * m2PerScaledMu,
    maxAreaM2: rule.maxMu * m2PerScaledMu,
    laneM: Math.max(2, 6 * gridScale),
    minSideM: 45 * gridScale,
  };
}

/** The plot rectangles of a block, in a stable order. */
export function splitBlock(box: BoxXY, rule: SplitRule, random: Random): BoxXY[] {
  const width = box.maxX - box.minX;
  const height = box.maxY - box.minY;
  if (width * height <= Math.min(rule.targetAreaM2 * 1.45, rule.maxAreaM2)) return [box];
  const alongX = width >= height;
  const side = alongX ? width : height;
  if (side < 2 * rule.minSideM + rule.laneM) return [box];
  const start = alongX ? box.minX : box.minY;
  let cut = start + side * random.range(0.36, 0.64);
  cut = Math.min(Math.max(cut, start + rule.minSideM + rule.laneM / 2), start + side - rule.minSideM - rule.laneM / 2);
  const half = rule.laneM / 2;
  const [first, second]: [BoxXY, BoxXY] = alongX
    ? [{ ...box, maxX: cut - half }, { ...box, minX: cut + half }]
    : [{ ...box, maxY: cut - half }, { ...box, minY: cut + half }];
  return [...splitBlock(first, rule, random), ...splitBlock(second, rule, random)];
}
