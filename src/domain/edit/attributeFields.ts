/**
 * The plot attributes a planner edits in the form (DESIGN.md §2): property key, the typed
 * attribute it feeds, what kind of value it takes, and its label and unit in Chinese and
 * English, for the form and for messages that name the field and its unit.
 */
import type { PlotAttributes } from '../plot.ts';

export type AttributeFieldKind = 'land-use' | 'industry' | 'status' | 'text' | 'amount' | 'count' | 'flag';

export interface AttributeField {
  /** the property key in the file */
  key: string;
  attribute: keyof PlotAttributes;
  kind: AttributeFieldKind;
  labelZh: string;
  labelEn: string;
  /** '' when the value has no unit */
  unitZh: string;
  unitEn: string;
}

function field(key: string, attribute: keyof PlotAttributes, kind: AttributeFieldKind, labelZh: string, labelEn: string, unitZh = '', unitEn = ''): AttributeField {
  return { key, attribute, kind, labelZh, labelEn, unitZh, unitEn };
}

export const PLOT_ATTRIBUTE_FIELDS: readonly AttributeField[] = [
  field('landUse', 'landUse', 'land-use', '用地性质', 'Land use'),
  field('industry', 'industry', 'industry', '产业集群', 'Industry cluster'),
  field('status', 'status', 'status', '供地状态', 'Status'),
  field('enterprise', 'enterprise', 'text', '企业名称', 'Enterprise'),
  field('investment', 'investmentWanYuan', 'amount', '固定资产投资', 'Investment', '万元', '10k yuan'),
  field('output', 'outputWanYuanPerYear', 'amount', '年产值', 'Annual output', '万元/年', '10k yuan/year'),
  field('tax', 'taxWanYuanPerYear', 'amount', '年税收', 'Annual tax', '万元/年', '10k yuan/year'),
  field('floorArea', 'floorAreaM2', 'amount', '计容建筑面积', 'Floor area', '平方米', 'm²'),
  field('footprintArea', 'footprintAreaM2', 'amount', '建构筑物及堆场占地面积', 'Footprint area', '平方米', 'm²'),
  field('greenArea', 'greenAreaM2', 'amount', '绿地面积', 'Green area', '平方米', 'm²'),
  field('adminArea', 'adminAreaM2', 'amount', '行政办公及生活服务设施用地面积', 'Admin and living area', '平方米', 'm²'),
  field('floors', 'floors', 'count', '层数', 'Floors', '层', 'floors'),
  field('heightM', 'heightM', 'amount', '建筑高度', 'Height', '米', 'm'),
  field('standardFactory', 'standardFactory', 'flag', '标准厂房', 'Standard factory'),
  field('leasedFloorArea', 'leasedFloorAreaM2', 'amount', '已出租建筑面积', 'Leased floor area', '平方米', 'm²'),
];

const BY_KEY: ReadonlyMap<string, AttributeField> = new Map(PLOT_ATTRIBUTE_FIELDS.map((f) => [f.key, f]));

/** The field of a property key, or undefined for a key the model does not know (kept verbatim). */
export function attributeField(key: string): AttributeField | undefined {
  return BY_KEY.get(key);
}

/** "投资（万元）" / "Investment (10k yuan)": the label with its unit, for messages. */
export function fieldLabel(f: AttributeField): { zh: string; en: string } {
  return {
    zh: f.unitZh === '' ? f.labelZh : `${f.labelZh}（${f.unitZh}）`,
    en: f.unitEn === '' ? f.labelEn : `${f.labelEn} (${f.unitEn})`,
  };
}
