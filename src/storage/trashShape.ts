/**
 * The check of a trash record read back from disk: the deleted sketch's id, the time it was
 * deleted and its header (its plots and versions stay in their own stores until purged).
 */
import { isPlainRecord } from '../domain/sketchShape.ts';
import type { Checked } from './recordShape.ts';
import { checkSketchHeader } from './recordShape.ts';
import type { TrashRecord } from './schema.ts';

export function checkTrashRecord(value: unknown): Checked<TrashRecord> {
  if (!isPlainRecord(value)) return { ok: false, reason: 'wrong-shape', detail: 'record' };
  const { sketchId, deletedAtMs } = value;
  if (typeof sketchId !== 'string' || typeof deletedAtMs !== 'number' || !Number.isFinite(deletedAtMs)) {
    return { ok: false, reason: 'wrong-shape', detail: 'sketchId or deletedAtMs' };
  }
  const header = checkSketchHeader(value.header);
  if (!header.ok) return { ...header, detail: `header.${header.detail}` };
  if (header.value.id !== sketchId) return { ok: false, reason: 'wrong-shape', detail: 'header.id' };
  return { ok: true, value: { sketchId, deletedAtMs, header: header.value } };
}
