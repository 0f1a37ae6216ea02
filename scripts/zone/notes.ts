/**
 * Properties outside the data model (备注, source, tags) on some plots, as real ledgers
 * carry them. The application must keep them verbatim through every load, edit and save.
 */
import type { PlotStatus } from '../../src/domain/plot.ts';
import type { PlotForm } from './plotDrafts.ts';
import type { Random } from './random.ts';

const IDLE_NOTES = ['已认定为闲置土地，限期开工', '企业停产，厂房闲置', '闲置满一年，已下达闲置土地调查通知书'];
const GENERAL_NOTES = ['出让合同约定两年内竣工', '企业拟申请增容', '已列入低效用地再开发计划', '已办理不动产权证', '2021年挂牌出让'];
const FORM_NOTES: Readonly<Partial<Record<PlotForm, string>>> = {
  holed: '地块内有公用设施飞地，不属本宗地',
  'two-part': '地块被排水沟分为两部分，同一宗地',
  enclave: '公用设施飞地，四周为同一企业用地',
};
const TAGS = [['省重点项目'], ['专精特新'], ['省重点项目', '技改项目']];

export const SOURCE_TEXT = '2023年度地块台账（虚构示例）';

export interface NoteFacts {
  form: PlotForm;
  status: PlotStatus;
  straddles: boolean;
}

/** The unknown properties of one plot, possibly none. */
export function plotNote(facts: NoteFacts, random: Random): Record<string, string | string[]> {
  const extra: Record<string, string | string[]> = {};
  const formNote = FORM_NOTES[facts.form];
  if (formNote) extra['备注'] = formNote;
  else if (facts.straddles) extra['备注'] = '跨区地块，按面积分区统计';
  else if (facts.status === 'idle' && random.chance(0.6)) extra['备注'] = random.pick(IDLE_NOTES);
  else if (random.chance(0.04)) extra['备注'] = random.pick(GENERAL_NOTES);
  if (random.chance(0.12)) extra['source'] = SOURCE_TEXT;
  if (facts.status === 'built' && random.chance(0.03)) extra['tags'] = [...random.pick(TAGS)];
  return extra;
}
