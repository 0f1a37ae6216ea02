/**
 * Per-亩 efficiency (亩均), DESIGN.md §3, for one plot and rolled up over an area:
 * investment intensity 投资强度 = investment ÷ 亩, output ÷ 亩, tax ÷ 亩 (亩均税收),
 * 容积率 = floor area ÷ plot area, 建筑系数 = footprint ÷ plot area, 绿地率 = green ÷ plot area,
 * admin share = admin area ÷ plot area. A figure whose input is missing is null.
 *
 * The roll-up is a ratio of sums, Σ value ÷ Σ area over the plots that report the value (never
 * a mean of plot ratios, which would weigh a 1-亩 plot like a 100-亩 one).
 */
import type { PlotAttributes } from '../domain/plot.ts';
import type { Ratio } from '../domain/ratio.ts';
import { ratioOf } from '../domain/ratio.ts';
import { m2ToMu } from '../domain/units.ts';
import type { Efficiency } from './types.ts';
import type { AreaTotals } from './sums.ts';

function perMu(value: number | undefined, areaM2: number): Ratio {
  return value === undefined ? null : ratioOf(value, m2ToMu(areaM2));
}

function perArea(value: number | undefined, areaM2: number): Ratio {
  return value === undefined ? null : ratioOf(value, areaM2);
}

/** The per-亩 figures of one plot of `areaM2` (its whole ellipsoidal area). */
export function plotEfficiency(attributes: PlotAttributes, areaM2: number): Efficiency {
  return {
    investmentWanYuanPerMu: perMu(attributes.investmentWanYuan, areaM2),
    outputWanYuanPerMu: perMu(attributes.outputWanYuanPerYear, areaM2),
    taxWanYuanPerMu: perMu(attributes.taxWanYuanPerYear, areaM2),
    floorAreaRatio: perArea(attributes.floorAreaM2, areaM2),
    buildingCoverageRatio: perArea(attributes.footprintAreaM2, areaM2),
    greenRatio: perArea(attributes.greenAreaM2, areaM2),
    adminRatio: perArea(attributes.adminAreaM2, areaM2),
  };
}

/** The per-亩 roll-up of an area: Σ value ÷ Σ area of the plots reporting that value. */
export function rolledUpEfficiency(totals: AreaTotals): Efficiency {
  return {
    investmentWanYuanPerMu: ratioOf(totals.get('investmentWanYuan'), m2ToMu(totals.get('investmentPlotAreaM2'))),
    outputWanYuanPerMu: ratioOf(totals.get('outputWanYuanPerYear'), m2ToMu(totals.get('outputPlotAreaM2'))),
    taxWanYuanPerMu: ratioOf(totals.get('taxWanYuanPerYear'), m2ToMu(totals.get('taxPlotAreaM2'))),
    floorAreaRatio: ratioOf(totals.get('floorAreaM2'), totals.get('floorPlotAreaM2')),
    buildingCoverageRatio: ratioOf(totals.get('footprintAreaM2'), totals.get('footprintPlotAreaM2')),
    greenRatio: ratioOf(totals.get('greenAreaM2'), totals.get('greenPlotAreaM2')),
    adminRatio: ratioOf(totals.get('adminAreaM2'), totals.get('adminPlotAreaM2')),
  };
}
