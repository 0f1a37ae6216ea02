/**
 * Fictional enterprise and institution names in the style of Chinese company registrations
 * (字号 + 行业 + 组织形式). The place name 岚川 (Lanchuan) is invented; brand syllables are
 * drawn in pairs and a few pairs that are well-known real brands are refused.
 */
import type { IndustryCluster } from '../../src/domain/plot.ts';
import type { Random } from './random.ts';

export const PLACE_NAME = '岚川';

const SYLLABLES = [
  '瑞', '恒', '嘉', '鑫', '泰', '宏', '盛', '润', '昌', '永', '兴', '丰', '和', '源', '祥', '安', '凯', '诚',
  '禾', '银', '福', '汇', '锦', '博', '铭', '泽', '辰', '宇', '晟', '耀', '骏', '峰', '岳', '航', '璟', '益',
  '弘', '冠', '腾', '跃', '远', '优', '立', '泓', '睿', '卓', '越', '启', '晨', '朗', '沐', '澜', '茂', '熙',
] as const;

const REAL_BRANDS = new Set(['华润', '华泰', '广汇', '泰禾', '兴业', '永辉', '汇源', '锦江', '永安', '凯瑞', '恒安', '和泰', '瑞泰', '宏源', '远安', '安泰', '恒源', '泰和']);

const TRADES: Readonly<Record<string, readonly string[]>> = {
  'white-goods': ['电器', '家电科技', '制冷设备', '电机', '智能家居', '压缩机', '厨卫电器', '家电配件', '精密钣金'],
  leather: ['皮具制品', '皮革', '箱包', '鞋业', '皮件', '服饰皮具', '皮革制品'],
  logistics: ['物流', '供应链管理', '仓储服务', '冷链物流', '货运代理', '快运'],
  business: ['信息技术', '数据服务', '商务咨询', '金融服务外包', '软件', '人力资源服务', '融资租赁', '科技服务', '会计服务'],
  commercial: ['商贸', '商业管理', '酒店管理', '汽车销售服务', '购物中心', '餐饮管理'],
  other: ['机械制造', '新材料', '食品', '包装材料', '精密模具', '纺织', '建材', '汽车零部件', '电子科技', '环保科技', '医疗器械'],
  residential: ['置业', '房地产开发'],
  'standard-factory': ['产业园运营管理', '标准厂房建设'],
};

/** Institution name templates; {n} takes the next unused Chinese ordinal. */
const INSTITUTIONS: Readonly<Record<string, readonly string[]>> = {
  '0801': ['经济开发区管理委员会', '经济开发区政务服务中心', '经济开发区市场监督管理分局', '经济开发区第{n}消防救援站', '经济开发区第{n}派出所'],
  '0802': ['家电技术研究院', '新材料中试基地', '皮革检测中心', '产业技术研究院第{n}研发基地'],
  '0803': ['开发区文化中心', '开发区图书馆', '开发区第{n}文化活动站'],
  '0804': ['职业技术学院', '开发区实验学校', '开发区第{n}小学', '开发区第{n}中学', '开发区第{n}幼儿园'],
  '0805': ['开发区体育中心', '全民健身中心', '开发区第{n}体育公园'],
  '0806': ['开发区医院', '开发区第{n}社区卫生服务中心'],
  '0807': ['开发区颐养中心', '开发区第{n}养老服务中心'],
};

const FALLBACK_INSTITUTION = '开发区第{n}公共服务中心';

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 … 九十九, then Arabic digits (only the largest benchmark zones get that far). */
function ordinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens > 1 ? ORDINALS[tens - 1] : ''}十${units > 0 ? ORDINALS[units - 1] : ''}`;
}

/** The template filled with its next ordinal (or the template itself when it has none). */
function fillTemplate(template: string, nextOrdinal: Map<string, number>): string {
  if (!template.includes('{n}')) return `${PLACE_NAME}${template}`;
  const n = nextOrdinal.get(template) ?? 1;
  nextOrdinal.set(template, n + 1);
  return `${PLACE_NAME}${template.replace('{n}', ordinal(n))}`;
}

const PHASES = ['二期', '三期', '四期', '五期', '六期'];

export type TradeKey = IndustryCluster | 'business' | 'commercial' | 'residential' | 'standard-factory';

export interface NameBook {
  company(trade: TradeKey): string;
  institution(landUse: string): string;
}

export function createNameBook(random: Random): NameBook {
  const used = new Set<string>();
  const nextOrdinal = new Map<string, number>();
  const unique = (make: () => string): string => {
    for (let attempt = 0; attempt < 30; attempt++) {
      const name = make();
      if (!used.has(name)) return remember(used, name);
    }
    const base = make();
    const phase = PHASES.find((p) => !used.has(`${base}（${p}）`)) ?? String(used.size);
    return remember(used, `${base}（${phase}）`);
  };
  return {
    company: (trade) => unique(() => {
      const words = TRADES[trade === 'modern-services' ? 'business' : trade] ?? TRADES['other'] ?? [];
      const place = random.chance(0.4) ? PLACE_NAME : '';
      const form = random.chance(0.15) ? '股份有限公司' : '有限公司';
      return `${place}${brand(random)}${random.pick(words)}${form}`;
    }),
    institution: (landUse) => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const name = fillTemplate(random.pick(INSTITUTIONS[landUse] ?? [FALLBACK_INSTITUTION]), nextOrdinal);
        if (!used.has(name)) return remember(used, name);
      }
      return remember(used, fillTemplate(FALLBACK_INSTITUTION, nextOrdinal));
    },
  };
}

function remember(used: Set<string>, name: string): string {
  used.add(name);
  return name;
}

function brand(random: Random): string {
  for (;;) {
    const first = random.pick(SYLLABLES);
    const second = random.pick(SYLLABLES);
    if (first !== second && !REAL_BRANDS.has(first + second)) return first + second;
  }
}
