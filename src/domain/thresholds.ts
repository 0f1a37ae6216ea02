/**
 * A named preset of entry conditions (入园门槛 / 控制指标). Each bound is optional;
 * a missing bound is not checked. Ratios are in 0..1.
 */
export interface ThresholdPreset {
  id: string;
  name: string;
  nameEn: string;
  isExample: boolean;
  minInvestmentWanYuanPerMu?: number;
  minOutputWanYuanPerMu?: number;
  minTaxWanYuanPerMu?: number;
  floorAreaRatio?: { min?: number; max?: number };
  buildingCoverageRatio?: { min?: number; max?: number };
  maxGreenRatio?: number;
  maxAdminRatio?: number;
}

/** The shipped example: one real published plot-sale condition, labelled as an example. */
export const EXAMPLE_THRESHOLDS: ThresholdPreset = {
  id: 'example-plot-sale-condition',
  name: '示例：某地工业用地出让条件',
  nameEn: 'Example: a published industrial plot-sale condition',
  isExample: true,
  minInvestmentWanYuanPerMu: 250,
  minOutputWanYuanPerMu: 400,
  minTaxWanYuanPerMu: 20,
  floorAreaRatio: { min: 0.7, max: 1.8 },
  buildingCoverageRatio: { min: 0.35, max: 0.65 },
  maxGreenRatio: 0.2,
  maxAdminRatio: 0.07,
};
