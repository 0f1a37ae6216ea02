/**
 * Why an edit operation was refused: a reason code the UI can switch on and one sentence in
 * planning words, in Chinese and English. Expected refusals are data; only programmer errors
 * (an argument the caller should never pass) throw.
 */
import type { PlotChangeSet } from '../changeSet.ts';

export const EDIT_REFUSAL_REASONS = [
  'line-too-short', 'line-ends-inside', 'line-self-intersects', 'line-does-not-cross', 'line-does-not-divide',
  'too-few-plots', 'not-adjacent', 'nothing-to-trim', 'nothing-left', 'clip-failed',
  'ring-too-small', 'vertex-not-found', 'self-intersection', 'id-empty', 'id-taken',
] as const;
export type EditRefusalReason = (typeof EDIT_REFUSAL_REASONS)[number];

export interface EditRefusal {
  ok: false;
  reason: EditRefusalReason;
  messageZh: string;
  messageEn: string;
}

/** The common result of an operation on plots: the change to apply, or why not. */
export type EditResult = { ok: true; change: PlotChangeSet } | EditRefusal;

const TEXT: Record<EditRefusalReason, [en: string, zh: string]> = {
  'line-too-short': ['Draw a line of at least two distinct points to split the plot.', '请绘制至少包含两个不同点的分割线。'],
  'line-ends-inside': ['The split line must start and end outside the plot (or on its edge): it ends inside.', '分割线须从地块外（或边线上）起止，当前线端点落在地块内部。'],
  'line-self-intersects': ['The split line crosses itself; draw a line that does not.', '分割线自相交，请重新绘制不自交的线。'],
  'line-does-not-cross': ['The line does not cross the plot; draw it right across.', '分割线未穿过地块，请完整横穿地块绘制。'],
  'line-does-not-divide': ['The line crosses the plot but does not cut it into separate pieces.', '分割线穿过地块，但未将其分成独立的部分。'],
  'too-few-plots': ['Select at least two plots to merge.', '请至少选择两个地块进行合并。'],
  'not-adjacent': ['Only plots that share an edge or overlap can be merged; these are apart or touch only at a point.', '只能合并共边或重叠的地块；所选地块相离或仅在一点相接。'],
  'nothing-to-trim': ['The plot overlaps no other plot: there is nothing to trim.', '该地块未与其他地块重叠，无需裁剪。'],
  'nothing-left': ['Other plots cover the whole plot: nothing would remain after trimming.', '该地块已被其他地块完全覆盖，裁剪后不剩任何用地。'],
  'clip-failed': ['The geometry operation failed on this shape; simplify the outline and try again.', '该图形的几何运算失败，请简化边界后重试。'],
  'ring-too-small': ['A ring needs at least three distinct corners; this vertex cannot be removed.', '边界环至少需要三个不同顶点，不能删除该顶点。'],
  'vertex-not-found': ['That vertex does not exist in this plot.', '该地块中不存在此顶点。'],
  'self-intersection': ['The outline would cross itself; a plot must not self-intersect.', '边界将自相交，地块边界不得自相交。'],
  'id-empty': ['A plot code cannot be empty.', '地块编号不能为空。'],
  'id-taken': ['Another plot already has this code; plot codes must be unique.', '已有地块使用该编号，地块编号必须唯一。'],
};

/** A refusal with its sentences; `detail` (e.g. the ids concerned) is appended to both. */
export function refuse(reason: EditRefusalReason, detail?: string): EditRefusal {
  const [en, zh] = TEXT[reason];
  const tail = detail === undefined || detail === '' ? '' : ` (${detail})`;
  const tailZh = detail === undefined || detail === '' ? '' : `（${detail}）`;
  return { ok: false, reason, messageEn: `${en}${tail}`, messageZh: `${zh}${tailZh}` };
}
