/**
 * Land-use codes of the national classification 《国土空间调查、规划、用途管制用地用海分类指南》
 * (level 2, the codes plots carry), with the guide's colour for each and the planning category
 * that decides whether the land is developable (DESIGN.md §3).
 */
export type LandUseCategory =
  | 'residential' | 'public-service' | 'commercial' | 'business' | 'industrial' | 'logistics'
  | 'mixed' | 'transport' | 'utility' | 'green' | 'water' | 'reserve' | 'other';

export interface LandUseClass {
  code: string;
  nameZh: string;
  nameEn: string;
  /** #rrggbb, the guide's colour */
  color: string;
  category: LandUseCategory;
}

const DEVELOPABLE: ReadonlySet<LandUseCategory> = new Set<LandUseCategory>([
  'residential', 'public-service', 'commercial', 'business', 'industrial', 'logistics', 'mixed',
]);

export const LAND_USE_CLASSES: readonly LandUseClass[] = [
  { code: '0701', nameZh: '城镇住宅用地', nameEn: 'Urban residential', color: '#ffff2d', category: 'residential' },
  { code: '0702', nameZh: '城镇社区服务设施用地', nameEn: 'Community facilities', color: '#ffff73', category: 'residential' },
  { code: '0801', nameZh: '机关团体用地', nameEn: 'Government and organisations', color: '#ff00ff', category: 'public-service' },
  { code: '0802', nameZh: '科研用地', nameEn: 'Research', color: '#e65cc8', category: 'public-service' },
  { code: '0803', nameZh: '文化用地', nameEn: 'Culture', color: '#ff7fff', category: 'public-service' },
  { code: '0804', nameZh: '教育用地', nameEn: 'Education', color: '#ff85c9', category: 'public-service' },
  { code: '0805', nameZh: '体育用地', nameEn: 'Sports', color: '#00a57c', category: 'public-service' },
  { code: '0806', nameZh: '医疗卫生用地', nameEn: 'Health care', color: '#ff7f7e', category: 'public-service' },
  { code: '0807', nameZh: '社会福利用地', nameEn: 'Social welfare', color: '#ff9f7f', category: 'public-service' },
  { code: '0901', nameZh: '商业用地', nameEn: 'Commercial', color: '#ff0000', category: 'commercial' },
  { code: '0902', nameZh: '商务金融用地', nameEn: 'Business and finance', color: '#ff7f00', category: 'business' },
  { code: '0903', nameZh: '娱乐康体用地', nameEn: 'Entertainment and recreation', color: '#ff5050', category: 'commercial' },
  { code: '0904', nameZh: '其他商业服务业用地', nameEn: 'Other commercial services', color: '#ff6060', category: 'commercial' },
  { code: '1001', nameZh: '工业用地', nameEn: 'Industrial', color: '#bb9674', category: 'industrial' },
  { code: '1101', nameZh: '物流仓储用地', nameEn: 'Logistics and warehousing', color: '#8761d3', category: 'logistics' },
  { code: '1102', nameZh: '储备库用地', nameEn: 'Strategic reserve storage', color: '#9a7ad9', category: 'logistics' },
  { code: '1201', nameZh: '铁路用地', nameEn: 'Railway', color: '#595959', category: 'transport' },
  { code: '1207', nameZh: '城镇村道路用地', nameEn: 'Urban roads', color: '#a0a0a0', category: 'transport' },
  { code: '1208', nameZh: '交通场站用地', nameEn: 'Transport stations', color: '#b4b4b4', category: 'transport' },
  { code: '1301', nameZh: '供水用地', nameEn: 'Water supply', color: '#006380', category: 'utility' },
  { code: '1302', nameZh: '排水用地', nameEn: 'Drainage', color: '#00738c', category: 'utility' },
  { code: '1303', nameZh: '供电用地', nameEn: 'Power supply', color: '#0a6e96', category: 'utility' },
  { code: '1401', nameZh: '公园绿地', nameEn: 'Parks', color: '#00ff00', category: 'green' },
  { code: '1402', nameZh: '防护绿地', nameEn: 'Protective green', color: '#19a719', category: 'green' },
  { code: '1403', nameZh: '广场用地', nameEn: 'Squares', color: '#acffcf', category: 'green' },
  { code: '1601', nameZh: '留白用地', nameEn: 'Reserved (white) land', color: '#ffffff', category: 'reserve' },
  { code: '1701', nameZh: '河流水面', nameEn: 'River water', color: '#0000ff', category: 'water' },
  { code: '1703', nameZh: '坑塘水面', nameEn: 'Ponds', color: '#3c78ff', category: 'water' },
];

const BY_CODE: ReadonlyMap<string, LandUseClass> = new Map(LAND_USE_CLASSES.map((c) => [c.code, c]));

/** The class of a code, or undefined for an unknown code. Level-1 codes ("10") match their first child. */
export function landUseClass(code: string | undefined): LandUseClass | undefined {
  if (code === undefined) return undefined;
  const exact = BY_CODE.get(code);
  if (exact) return exact;
  if (/^\d{2}$/.test(code)) return LAND_USE_CLASSES.find((c) => c.code.startsWith(code));
  return undefined;
}

/** Developable land: industrial, logistics, commercial, business, residential, public service, mixed. */
export function isDevelopableLandUse(code: string | undefined): boolean {
  const landUse = landUseClass(code);
  return landUse !== undefined && DEVELOPABLE.has(landUse.category);
}

export function isIndustrialLandUse(code: string | undefined): boolean {
  return landUseClass(code)?.category === 'industrial';
}
