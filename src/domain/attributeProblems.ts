/**
 * Problems met reading a plot's attributes: which key, why, and a sentence in planning words
 * (English and Chinese) for the import report. Values are quoted as text, never as HTML.
 */
import { INDUSTRY_CLUSTERS, PLOT_STATUSES } from './plot.ts';
import { describeValue } from './parseValues.ts';

export type AttributeProblemReason =
  | 'not-a-number' | 'negative' | 'not-a-boolean' | 'not-text'
  | 'unknown-industry' | 'unknown-status' | 'unknown-land-use';

export interface AttributeProblem {
  /** the property key as found in the file */
  key: string;
  reason: AttributeProblemReason;
  messageEn: string;
  messageZh: string;
}

const REASON_TEXT: Record<AttributeProblemReason, [string, string]> = {
  'not-a-number': ['is not a number', '不是数字'],
  negative: ['is negative', '为负数'],
  'not-a-boolean': ['is not yes/no', '不是“是/否”'],
  'not-text': ['is not text', '不是文字'],
  'unknown-industry': [`is not a cluster (${INDUSTRY_CLUSTERS.join(', ')})`, '不是已定义的产业集群'],
  'unknown-status': [`is not a status (${PLOT_STATUSES.join(', ')})`, '不是已定义的供地状态'],
  'unknown-land-use': ['is not a known land-use code; the plot counts as not developable', '不是已知的用地分类代码，按不可开发用地计'],
};

export function attributeProblem(key: string, value: unknown, reason: AttributeProblemReason): AttributeProblem {
  const [en, zh] = REASON_TEXT[reason];
  const shown = describeValue(value);
  const tail = reason === 'unknown-land-use' ? '' : '; treated as no data';
  const tailZh = reason === 'unknown-land-use' ? '' : '，按无数据处理';
  return { key, reason, messageEn: `${key} ${shown} ${en}${tail}`, messageZh: `${key} ${shown} ${zh}${tailZh}` };
}

