/**
 * Writing sketches: create, save, rename, duplicate — each one transaction, all or nothing.
 * A save compares the revision it started from with the stored one inside its transaction
 * (no lost update between tabs), and never overwrites a record that fails its check: that
 * record is set aside first, in the same transaction.
 */
import type { NewSketch, Sketch } from '../domain/sketch.ts';
import type { IdbContext } from './idbContext.ts';
import { SKETCH_AND_VERSION_STORES, SKETCH_STORES, write } from './idbContext.ts';
import { putSketchChunks, readSketchChunks } from './idbChunks.ts';
import { newSketchId } from './ids.ts';
import { checkSketch } from './idbSketchReads.ts';
import { putVersion } from './idbVersions.ts';
import { assertFigures, assertNewSketch, assertRevision, assertSketch } from './inputs.ts';
import type { QuarantineEntry } from './quarantine.ts';
import { checkSketchHeader } from './recordShape.ts';
import { newRecords, recordsOf, sketchOf, summaryOf } from './records.ts';
import type { SketchRecords } from './records.ts';
import type { AnyWriteTx } from './sketchQuarantine.ts';
import { quarantineChunks, quarantineSketch, readSketchRaw } from './sketchQuarantine.ts';
import { FEATURES_BY_REVISION, STORES } from './schema.ts';
import type { RenameResult, SaveOptions, SaveResult, SketchWriteResult } from './types.ts';

/** Header first: a failure in any chunk aborts the transaction, header included. */
async function putRecords(tx: AnyWriteTx, records: SketchRecords, mode: 'add' | 'put'): Promise<void> {
  if (mode === 'add') await tx.objectStore(STORES.sketches).add(records.header);
  else await tx.objectStore(STORES.sketches).put(records.header);
  await putSketchChunks(tx, records.header.id, records.header.featuresRevision, records.chunks);
}

export async function createSketch(ctx: IdbContext, from: NewSketch): Promise<SketchWriteResult> {
  assertNewSketch(from, 'create');
  const records = newRecords(newSketchId(), from, ctx.now());
  const result = await write(ctx, 'create', SKETCH_STORES, (tx) => putRecords(tx, records, 'add'));
  if (!result.ok) return result;
  ctx.channel.post({ sketchId: records.header.id, change: 'created', revision: 1 });
  return { ok: true, sketch: sketchOf(records.header, records.features) };
}

type SaveStep = { done: SaveResult } | { revision: number; setAside: QuarantineEntry[] };

/** Decides, inside the transaction, whether the save may go ahead and at which revision. */
async function checkBeforeSave(ctx: IdbContext, tx: AnyWriteTx, sketch: Sketch, expectedRevision: number): Promise<SaveStep> {
  const id = sketch.id;
  const rawHeader: unknown = await tx.objectStore(STORES.sketches).get(id);
  if (rawHeader === undefined) return { done: { ok: false, kind: 'not-found', id } };
  const header = checkSketchHeader(rawHeader);
  if (!header.ok) {
    const entry = await quarantineSketch(tx, id, await readSketchRaw(tx, id), header, ctx.now());
    return { revision: Math.max(expectedRevision, sketch.revision) + 1, setAside: [entry] };
  }
  const stored = header.value;
  const started = stored.revision === expectedRevision;
  const chunksInPlace = await tx.objectStore(STORES.sketchFeatures).index(FEATURES_BY_REVISION).count(IDBKeyRange.only([id, stored.featuresRevision]));
  if (started && chunksInPlace === stored.chunkCount) return { revision: stored.revision + 1, setAside: [] };
  const current = checkSketch({ header: rawHeader, chunks: await readSketchChunks(tx, id, stored.chunkCount) });
  if (current.ok) return started ? { revision: stored.revision + 1, setAside: [] } : { done: { ok: false, kind: 'conflict', latest: current.value } };
  const raw = await readSketchRaw(tx, id);
  if (started && raw.chunks.length === 0) return { revision: stored.revision + 1, setAside: [] };
  // Plots unusable: set them aside (with the header too when it is newer than what this save started from).
  const entry = started ? await quarantineChunks(tx, id, raw.chunks, current, ctx.now()) : await quarantineSketch(tx, id, raw, current, ctx.now());
  return { revision: stored.revision + 1, setAside: [entry] };
}

export async function saveSketch(ctx: IdbContext, sketch: Sketch, expectedRevision: number, options: SaveOptions = {}): Promise<SaveResult> {
  assertSketch(sketch, 'save');
  assertRevision(expectedRevision, 'save');
  assertFigures(options.cachedFigures, 'save');
  const stores = options.keepVersion === undefined ? SKETCH_STORES : SKETCH_AND_VERSION_STORES;
  const result = await write(ctx, 'save', stores, async (tx): Promise<SaveResult> => {
    const step = await checkBeforeSave(ctx, tx, sketch, expectedRevision);
    if ('done' in step) return step.done;
    const records = recordsOf(sketch, step.revision, ctx.now(), options.cachedFigures);
    await putRecords(tx, records, 'put');
    const { keepVersion } = options;
    const version = keepVersion === undefined ? null : await putVersion(ctx, tx, records, { kind: keepVersion, cachedFigures: options.cachedFigures });
    return { ok: true, sketch: sketchOf(records.header, records.features), setAside: step.setAside, version };
  });
  if (!result.ok) return result;
  if (result.value.ok) ctx.channel.post({ sketchId: sketch.id, change: 'saved', revision: result.value.sketch.revision });
  return result.value;
}

export async function renameSketch(ctx: IdbContext, id: string, name: string): Promise<RenameResult> {
  if (typeof name !== 'string') throw new TypeError('rename: name must be text');
  const result = await write(ctx, 'rename', SKETCH_STORES, async (tx): Promise<RenameResult> => {
    const rawHeader: unknown = await tx.objectStore(STORES.sketches).get(id);
    if (rawHeader === undefined) return { ok: false, kind: 'not-found', id };
    const header = checkSketchHeader(rawHeader);
    if (!header.ok) return { ok: false, kind: 'corrupt', quarantined: [await quarantineSketch(tx, id, await readSketchRaw(tx, id), header, ctx.now())] };
    const renamed = { ...header.value, name, revision: header.value.revision + 1, updatedAtMs: ctx.now() };
    await tx.objectStore(STORES.sketches).put(renamed);
    return { ok: true, summary: summaryOf(renamed) };
  });
  if (!result.ok) return result;
  if (result.value.ok) ctx.channel.post({ sketchId: id, change: 'renamed', revision: result.value.summary.revision });
  return result.value;
}

/** A copy under a new id and name, with the same base, plots and scenes, and no history. */
export async function duplicateSketch(ctx: IdbContext, id: string, name: string): Promise<SketchWriteResult> {
  if (typeof name !== 'string') throw new TypeError('duplicate: name must be text');
  const result = await write(ctx, 'duplicate', SKETCH_STORES, async (tx): Promise<SketchWriteResult> => {
    const rawHeader: unknown = await tx.objectStore(STORES.sketches).get(id);
    if (rawHeader === undefined) return { ok: false, kind: 'not-found', id };
    const header = checkSketchHeader(rawHeader);
    const source = checkSketch({ header: rawHeader, chunks: header.ok ? await readSketchChunks(tx, id, header.value.chunkCount) : [] });
    if (!source.ok) return { ok: false, kind: 'corrupt', quarantined: [await quarantineSketch(tx, id, await readSketchRaw(tx, id), source, ctx.now())] };
    const records = newRecords(newSketchId(), { ...source.value, name }, ctx.now());
    await putRecords(tx, records, 'add');
    return { ok: true, sketch: sketchOf(records.header, records.features) };
  });
  if (!result.ok) return result;
  if (result.value.ok) ctx.channel.post({ sketchId: result.value.sketch.id, change: 'created', revision: 1 });
  return result.value;
}
