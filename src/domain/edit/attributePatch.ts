/**
 * Checking one form entry before it goes into a plot's property bag. Each known key's value is
 * read by the importer's own reader (readPlotAttributes), so the form accepts exactly what a
 * file may carry, and is stored in its canonical form: a number as a number, a status or
 * cluster as its code, a land-use code as text, a flag as a boolean, text trimmed. Messages
 * name the field and its unit in Chinese and English.
 */
import { describeValue } from '../parseValues.ts';
import { readPlotAttributes } from '../parse.ts';
import { INDUSTRY_CLUSTERS, PLOT_STATUSES } from '../plot.ts';
import type { AttributeField } from './attributeFields.ts';
import { attributeField, fieldLabel } from './attributeFields.ts';

export type AttributeEditReason =
  | 'not-a-number' | 'negative' | 'not-whole' | 'not-a-boolean' | 'not-text'
  | 'unknown-industry' | 'unknown-status' | 'unknown-land-use' | 'id-not-editable';

export interface AttributeEditProblem {
  key: string;
  reason: AttributeEditReason;
  messageZh: string;
  messageEn: string;
}

/** A checked entry: the value to store (`undefined`: remove the key), or the problem. */
export type CheckedEntry = { ok: true; value: unknown } | { ok: false; problem: AttributeEditProblem };

const RULE: Record<AttributeEditReason, [en: string, zh: string]> = {
  'not-a-number': ['must be a number ≥ 0', '须为不小于 0 的数字'],
  negative: ['must not be negative', '不能为负数'],
  'not-whole': ['must be a whole number ≥ 0', '须为不小于 0 的整数'],
  'not-a-boolean': ['must be yes or no', '须为“是”或“否”'],
  'not-text': ['must be text', '须为文字'],
  'unknown-industry': [`must be one of ${INDUSTRY_CLUSTERS.join(', ')}`, '须为已定义的产业集群'],
  'unknown-status': [`must be one of ${PLOT_STATUSES.join(', ')}`, '须为已定义的供地状态'],
  'unknown-land-use': ['must be a land-use code of the classification (e.g. 1001)', '须为用地用海分类中的代码（如 1001）'],
  'id-not-editable': ['is the plot code: change it with rename, which checks it is unique', '为地块编号，请用“重命名”修改（会检查唯一性）'],
};

export function attributeEditProblem(key: string, value: unknown, reason: AttributeEditReason): AttributeEditProblem {
  const f = attributeField(key);
  const label = f === undefined ? { zh: key, en: key } : fieldLabel(f);
  const [en, zh] = RULE[reason];
  const shown = describeValue(value);
  return { key, reason, messageEn: `${label.en} ${en}; got ${shown}.`, messageZh: `${label.zh}${zh}，当前输入为 ${shown}。` };
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function readKnown(f: AttributeField, value: unknown): CheckedEntry {
  const bag: Record<string, unknown> = {};
  Object.defineProperty(bag, f.key, { value, enumerable: true, writable: true, configurable: true });
  const { attributes, problems } = readPlotAttributes(bag);
  const problem = problems.find((p) => p.key === f.key);
  if (problem !== undefined) return { ok: false, problem: attributeEditProblem(f.key, value, problem.reason) };
  const read = attributes[f.attribute];
  if (f.kind === 'count' && typeof read === 'number' && !Number.isInteger(read)) {
    return { ok: false, problem: attributeEditProblem(f.key, value, 'not-whole') };
  }
  return { ok: true, value: read };
}

/**
 * One entry of a patch: `undefined` removes the key; for a known key, an empty value (null,
 * blank text) also removes it ("no data"), and any other value is checked and made canonical;
 * an unknown key's value is stored verbatim.
 */
export function checkAttributeEntry(key: string, value: unknown): CheckedEntry {
  if (key === 'id') return { ok: false, problem: attributeEditProblem(key, value, 'id-not-editable') };
  if (value === undefined) return { ok: true, value: undefined };
  const f = attributeField(key);
  if (f === undefined) return { ok: true, value };
  if (isAbsent(value)) return { ok: true, value: undefined };
  return readKnown(f, value);
}
