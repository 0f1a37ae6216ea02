/**
 * Delete with undo. Deleting moves the sketch's header into `trash` (one small write; its plot
 * chunks and versions stay where they are, unreachable), so it can be restored until the grace
 * period ends; expired entries are purged, plots and versions with them, when the store opens.
 */
import type { IdbContext } from './idbContext.ts';
import { SKETCH_STORES, read, write } from './idbContext.ts';
import type { AnyWriteTx } from './idbChunks.ts';
import { allVersionChunksRange, sketchChunkRange } from './idbChunks.ts';
import { versionRange } from './idbVersions.ts';
import { setAside } from './quarantine.ts';
import { checkSketchHeader } from './recordShape.ts';
import { deletedOf, summaryOf } from './records.ts';
import { quarantineSketch, readSketchRaw } from './sketchQuarantine.ts';
import type { StoreName, TrashRecord } from './schema.ts';
import { META_KEYS, STORES, TRASH_BY_DELETED } from './schema.ts';
import { checkTrashRecord } from './trashShape.ts';
import type { DeleteResult, DeletedSketch, RestoreResult, ValueResult } from './types.ts';

const DELETE_STORES: StoreName[] = [...SKETCH_STORES, STORES.trash, STORES.meta];
const RESTORE_STORES: StoreName[] = [STORES.sketches, STORES.trash, STORES.quarantine];
const PURGE_STORES: StoreName[] = [STORES.sketches, STORES.sketchFeatures, STORES.versions, STORES.versionFeatures, STORES.trash];

export async function deleteSketch(ctx: IdbContext, id: string): Promise<DeleteResult> {
  const result = await write(ctx, 'delete', DELETE_STORES, async (tx): Promise<DeleteResult> => {
    const rawHeader: unknown = await tx.objectStore(STORES.sketches).get(id);
    if (rawHeader === undefined) return { ok: false, kind: 'not-found', id };
    const header = checkSketchHeader(rawHeader);
    if (!header.ok) return { ok: false, kind: 'corrupt', quarantined: [await quarantineSketch(tx, id, await readSketchRaw(tx, id), header, ctx.now())] };
    const deletedAtMs = ctx.now();
    const record: TrashRecord = { sketchId: id, deletedAtMs, header: header.value };
    await tx.objectStore(STORES.trash).put(record);
    await tx.objectStore(STORES.sketches).delete(id);
    if ((await tx.objectStore(STORES.meta).get(META_KEYS.lastOpenedSketchId)) === id) await tx.objectStore(STORES.meta).delete(META_KEYS.lastOpenedSketchId);
    return { ok: true, restoreUntilMs: deletedAtMs + ctx.trashGraceMs };
  });
  if (!result.ok) return result;
  if (result.value.ok) ctx.channel.post({ sketchId: id, change: 'deleted', revision: null });
  return result.value;
}

export async function restoreDeleted(ctx: IdbContext, id: string): Promise<RestoreResult> {
  const result = await write(ctx, 'restore', RESTORE_STORES, async (tx): Promise<RestoreResult> => {
    const raw: unknown = await tx.objectStore(STORES.trash).get(id);
    if (raw === undefined) return { ok: false, kind: 'not-found', id };
    const checked = checkTrashRecord(raw);
    if (!checked.ok) {
      const entry = await setAside(tx.objectStore(STORES.quarantine), { fromStore: STORES.trash, key: id, reason: checked.reason, detail: checked.detail, raw }, ctx.now());
      await tx.objectStore(STORES.trash).delete(id);
      return { ok: false, kind: 'corrupt', quarantined: [entry] };
    }
    if (checked.value.deletedAtMs + ctx.trashGraceMs <= ctx.now()) return { ok: false, kind: 'not-found', id };
    if ((await tx.objectStore(STORES.sketches).count(id)) > 0) return { ok: false, kind: 'id-taken', id };
    const header = { ...checked.value.header, revision: checked.value.header.revision + 1, updatedAtMs: ctx.now() };
    await tx.objectStore(STORES.sketches).put(header);
    await tx.objectStore(STORES.trash).delete(id);
    return { ok: true, summary: summaryOf(header) };
  });
  if (!result.ok) return result;
  if (result.value.ok) ctx.channel.post({ sketchId: id, change: 'restored', revision: result.value.summary.revision });
  return result.value;
}

/** Deleted sketches that can still be restored, the most recently deleted first. */
export async function listDeleted(ctx: IdbContext): Promise<ValueResult<DeletedSketch[]>> {
  const rows = await read(ctx, 'list-deleted', [STORES.trash], async (tx) => tx.objectStore(STORES.trash).getAll());
  if (!rows.ok) return rows;
  const nowMs = ctx.now();
  const deleted: DeletedSketch[] = [];
  for (const value of rows.value) {
    const checked = checkTrashRecord(value);
    if (!checked.ok) continue;
    const listing = deletedOf({ sketchId: checked.value.sketchId, name: checked.value.header.name, deletedAtMs: checked.value.deletedAtMs }, ctx.trashGraceMs);
    if (listing.restoreUntilMs > nowMs) deleted.push(listing);
  }
  return { ok: true, value: deleted.sort((a, b) => b.deletedAtMs - a.deletedAtMs) };
}

async function purgeOne(tx: AnyWriteTx, sketchId: string): Promise<void> {
  await tx.objectStore(STORES.trash).delete(sketchId);
  if ((await tx.objectStore(STORES.sketches).count(sketchId)) > 0) return;
  await tx.objectStore(STORES.sketchFeatures).delete(sketchChunkRange(sketchId));
  await tx.objectStore(STORES.versions).delete(versionRange(sketchId));
  await tx.objectStore(STORES.versionFeatures).delete(allVersionChunksRange(sketchId));
}

/** Removes trash entries whose grace period has ended, with their plots and versions. */
export async function purgeExpiredTrash(ctx: IdbContext): Promise<ValueResult<number>> {
  const cutoffMs = ctx.now() - ctx.trashGraceMs;
  return write(ctx, 'delete', PURGE_STORES, async (tx) => {
    const expired = await tx.objectStore(STORES.trash).index(TRASH_BY_DELETED).getAllKeys(IDBKeyRange.upperBound(cutoffMs));
    for (const sketchId of expired) await purgeOne(tx, sketchId);
    return expired.length;
  });
}
