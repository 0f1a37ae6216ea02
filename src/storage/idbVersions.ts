/**
 * Saved versions of a sketch. A version is written in the same transaction as the check that
 * the sketch it copies is the stored revision; automatic versions beyond the newest
 * `maxAutoVersions` are pruned in that transaction too (explicit versions are kept).
 */
import type { Sketch, SketchFeature, SketchVersionSummary } from '../domain/sketch.ts';
import { newVersionId } from './ids.ts';
import type { IdbContext } from './idbContext.ts';
import { SKETCH_AND_VERSION_STORES, read, write } from './idbContext.ts';
import type { AnyWriteTx } from './idbChunks.ts';
import { putVersionChunks, readVersionChunks, versionChunkRange } from './idbChunks.ts';
import type { QuarantineEntry } from './quarantine.ts';
import { setAside } from './quarantine.ts';
import type { Checked } from './recordShape.ts';
import { checkChunks, checkSketchHeader, checkVersionHeader } from './recordShape.ts';
import { autoVersionsToPrune, byNewestVersion, recordsOf, sketchVersionOf, versionOf, versionSummaryOf } from './records.ts';
import type { SketchRecords } from './records.ts';
import { quarantineSketch, readSketchRaw } from './sketchQuarantine.ts';
import type { Problem } from './sketchQuarantine.ts';
import type { StoreName, StoredVersionHeader } from './schema.ts';
import { STORES } from './schema.ts';
import type { StorageFailure, VersionGetResult, VersionListResult, VersionOptions, VersionSaveResult } from './types.ts';

const VERSION_STORES: StoreName[] = [STORES.versions, STORES.versionFeatures];

/** Every [sketchId, versionId] key of one sketch. */
export function versionRange(sketchId: string): IDBKeyRange {
  return IDBKeyRange.bound([sketchId], [sketchId, []]);
}

async function deleteVersion(tx: AnyWriteTx, sketchId: string, versionId: string): Promise<void> {
  await tx.objectStore(STORES.versions).delete([sketchId, versionId]);
  await tx.objectStore(STORES.versionFeatures).delete(versionChunkRange(sketchId, versionId));
}

async function pruneAutoVersions(tx: AnyWriteTx, sketchId: string, keep: number): Promise<void> {
  const headers: StoredVersionHeader[] = [];
  for (const value of await tx.objectStore(STORES.versions).getAll(versionRange(sketchId))) {
    const checked = checkVersionHeader(value);
    if (checked.ok) headers.push(checked.value);
  }
  for (const header of autoVersionsToPrune(headers, keep)) await deleteVersion(tx, sketchId, header.versionId);
}

/** Writes a version of `records` (inside the caller's transaction) and prunes old automatic ones. */
export async function putVersion(ctx: IdbContext, tx: AnyWriteTx, records: SketchRecords, options: VersionOptions): Promise<SketchVersionSummary> {
  const nowMs = ctx.now();
  const version = versionOf(records, newVersionId(nowMs), options.kind, nowMs, options.cachedFigures);
  await tx.objectStore(STORES.versions).put(version.header);
  await putVersionChunks(tx, version.header.sketchId, version.header.versionId, version.chunks);
  if (options.kind === 'auto') await pruneAutoVersions(tx, records.header.id, ctx.maxAutoVersions);
  return versionSummaryOf(version.header);
}

/** Keeps `sketch` as a version, if it is the stored revision (save first, then keep a version). */
export async function saveVersion(ctx: IdbContext, sketch: Sketch, options: VersionOptions): Promise<VersionSaveResult> {
  const result = await write(ctx, 'save-version', SKETCH_AND_VERSION_STORES, async (tx): Promise<VersionSaveResult> => {
    const rawHeader: unknown = await tx.objectStore(STORES.sketches).get(sketch.id);
    if (rawHeader === undefined) return { ok: false, kind: 'not-found', id: sketch.id };
    const header = checkSketchHeader(rawHeader);
    if (!header.ok) return { ok: false, kind: 'corrupt', quarantined: [await quarantineSketch(tx, sketch.id, await readSketchRaw(tx, sketch.id), header, ctx.now())] };
    if (header.value.revision !== sketch.revision) return { ok: false, kind: 'stale', storedRevision: header.value.revision };
    const records = recordsOf(sketch, header.value.revision, header.value.updatedAtMs);
    return { ok: true, version: await putVersion(ctx, tx, records, options) };
  });
  if (!result.ok) return result;
  if (result.value.ok) ctx.channel.post({ sketchId: sketch.id, change: 'version-saved', revision: sketch.revision });
  return result.value;
}

export async function quarantineVersion(ctx: IdbContext, tx: AnyWriteTx, key: [string, string], problem: Problem): Promise<QuarantineEntry> {
  const raw = { header: await tx.objectStore(STORES.versions).get(key), chunks: await tx.objectStore(STORES.versionFeatures).getAll(versionChunkRange(...key)) };
  const entry = await setAside(tx.objectStore(STORES.quarantine), { fromStore: STORES.versions, key, ...problem, raw }, ctx.now());
  await deleteVersion(tx, ...key);
  return entry;
}

function checkVersion(rawHeader: unknown, chunks: readonly unknown[]): Checked<{ header: StoredVersionHeader; features: SketchFeature[] }> {
  const header = checkVersionHeader(rawHeader);
  if (!header.ok) return header;
  const { sketchId, versionId, chunkCount, plotCount } = header.value;
  const features = checkChunks(chunks, { sketchId, versionId, chunkCount, plotCount });
  return features.ok ? { ok: true, value: { header: header.value, features: features.value } } : features;
}

async function setAsideVersions(ctx: IdbContext, keys: [string, string][]): Promise<{ ok: true; value: QuarantineEntry[] } | StorageFailure> {
  return write(ctx, 'quarantine', SKETCH_AND_VERSION_STORES, async (tx) => {
    const entries: QuarantineEntry[] = [];
    for (const key of keys) {
      const header = checkVersionHeader(await tx.objectStore(STORES.versions).get(key));
      if (!header.ok) entries.push(await quarantineVersion(ctx, tx, key, header));
    }
    return entries;
  });
}

export async function listVersions(ctx: IdbContext, sketchId: string): Promise<VersionListResult> {
  const rows = await read(ctx, 'list-versions', [STORES.versions], async (tx) => tx.objectStore(STORES.versions).getAll(versionRange(sketchId)));
  if (!rows.ok) return rows;
  const versions: SketchVersionSummary[] = [];
  const suspects: [string, string][] = [];
  for (const value of rows.value) {
    const header = checkVersionHeader(value);
    if (header.ok) versions.push(versionSummaryOf(header.value));
    else if (typeof value === 'object' && value !== null && 'versionId' in value && typeof value.versionId === 'string') suspects.push([sketchId, value.versionId]);
  }
  const moved = suspects.length > 0 ? await setAsideVersions(ctx, suspects) : { ok: true as const, value: [] };
  if (!moved.ok) return moved;
  return { ok: true, versions: versions.sort(byNewestVersion), quarantined: moved.value };
}

export async function getVersion(ctx: IdbContext, sketchId: string, versionId: string): Promise<VersionGetResult> {
  const key: [string, string] = [sketchId, versionId];
  const raw = await read(ctx, 'get-version', VERSION_STORES, async (tx) => {
    const header: unknown = await tx.objectStore(STORES.versions).get(key);
    const checked = checkVersionHeader(header);
    return { header, chunks: checked.ok ? await readVersionChunks(tx, sketchId, versionId, checked.value.chunkCount) : [] };
  });
  if (!raw.ok) return raw;
  if (raw.value.header === undefined) return { ok: false, kind: 'not-found', id: versionId };
  const checked = checkVersion(raw.value.header, raw.value.chunks);
  if (checked.ok) return { ok: true, version: sketchVersionOf(checked.value.header, checked.value.features) };
  const moved = await write(ctx, 'quarantine', SKETCH_AND_VERSION_STORES, async (tx) => quarantineVersion(ctx, tx, key, checked));
  return moved.ok ? { ok: false, kind: 'corrupt', quarantined: [moved.value] } : moved;
}
