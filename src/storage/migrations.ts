/**
 * Schema versions and the migrations between them, run inside the `upgradeneeded` transaction:
 * if a step fails, the transaction is aborted and the database stays at its old version.
 *
 * v1: `sketches` (keyPath id) and `versions` (keyPath [sketchId, versionId]) held the plots in
 *     the record itself; `meta` with out-of-line keys.
 * v2: plots move to `sketchFeatures` / `versionFeatures` in chunks, so listing sketches and
 *     versions no longer reads every plot of every sketch, and saving or loading 10 000 plots no
 *     longer blocks the page for one long (de)serialisation; `sketches` gets an index on
 *     `updatedAtMs` for the list order; `trash` and `quarantine` stores appear. v1 records that
 *     do not have the v1 shape (e.g. leftovers of an earlier prototype) are set aside.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SketchFeature } from '../domain/sketch.ts';
import { isPlainRecord } from '../domain/sketchShape.ts';
import { chunkFeatures } from './chunks.ts';
import { putSketchChunks, putVersionChunks } from './idbChunks.ts';
import { setAside } from './quarantine.ts';
import type { Checked } from './recordShape.ts';
import { checkFeatureList, checkFigures, checkSketchHeader, checkVersionHeader } from './recordShape.ts';
import type { ParkzoneDB, StoredSketchHeader, StoredVersionHeader } from './schema.ts';
import { FEATURES_BY_REVISION, META_KEYS, SKETCHES_BY_UPDATED, STORES, TRASH_BY_DELETED } from './schema.ts';

export type UpgradeDatabase = IDBPDatabase<ParkzoneDB>;
export type UpgradeTransaction = IDBPTransaction<ParkzoneDB, StoreNames<ParkzoneDB>[], 'versionchange'>;

export interface Migration {
  toVersion: number;
  run(db: UpgradeDatabase, tx: UpgradeTransaction, nowMs: number): Promise<void>;
}

/** Schema v1, exactly as the first release created it. */
export function createSchemaV1(db: UpgradeDatabase): void {
  db.createObjectStore(STORES.sketches, { keyPath: 'id' });
  db.createObjectStore(STORES.versions, { keyPath: ['sketchId', 'versionId'] });
  db.createObjectStore(STORES.meta);
}

function createSchemaV2(db: UpgradeDatabase, tx: UpgradeTransaction): void {
  tx.objectStore(STORES.sketches).createIndex(SKETCHES_BY_UPDATED, 'updatedAtMs');
  db.createObjectStore(STORES.sketchFeatures, { keyPath: ['sketchId', 'chunk'] }).createIndex(FEATURES_BY_REVISION, ['sketchId', 'revision']);
  db.createObjectStore(STORES.versionFeatures, { keyPath: ['sketchId', 'versionId', 'chunk'] });
  db.createObjectStore(STORES.trash, { keyPath: 'sketchId' }).createIndex(TRASH_BY_DELETED, 'deletedAtMs');
  db.createObjectStore(STORES.quarantine, { keyPath: 'quarantineId' });
}

/** A v1 sketch record split into the v2 header and its plot chunks. */
export function splitV1Sketch(value: unknown): Checked<{ header: StoredSketchHeader; chunks: SketchFeature[][] }> {
  if (!isPlainRecord(value)) return { ok: false, reason: 'wrong-shape', detail: 'record' };
  const features = checkFeatureList(value.features);
  if (!features.ok) return features;
  const chunks = chunkFeatures(features.value);
  const { features: _plots, ...rest } = value;
  const header = checkSketchHeader({ ...rest, featuresRevision: rest.revision, plotCount: features.value.length, chunkCount: chunks.length });
  return header.ok ? { ok: true, value: { header: header.value, chunks } } : header;
}

/** A v1 version record split into the v2 header and its plot chunks (v1 kept no scenes). */
export function splitV1Version(value: unknown): Checked<{ header: StoredVersionHeader; chunks: SketchFeature[][] }> {
  if (!isPlainRecord(value)) return { ok: false, reason: 'wrong-shape', detail: 'record' };
  const features = checkFeatureList(value.features);
  if (!features.ok) return features;
  const chunks = chunkFeatures(features.value);
  const { sketchId, versionId, savedAtMs, kind, summary } = value;
  const draft: Record<string, unknown> = { sketchId, versionId, savedAtMs, kind, sketchRevision: null, plotCount: features.value.length, chunkCount: chunks.length, scenes: null };
  if (summary !== undefined && checkFigures(summary)) draft.cachedFigures = summary;
  const header = checkVersionHeader(draft);
  return header.ok ? { ok: true, value: { header: header.value, chunks } } : header;
}

async function migrateSketchesV1(tx: UpgradeTransaction, nowMs: number): Promise<void> {
  const quarantine = tx.objectStore(STORES.quarantine);
  let cursor = await tx.objectStore(STORES.sketches).openCursor();
  while (cursor !== null) {
    const split = splitV1Sketch(cursor.value);
    if (split.ok) {
      const { header, chunks } = split.value;
      await putSketchChunks(tx, header.id, header.featuresRevision, chunks);
      await cursor.update(header);
    } else {
      await setAside(quarantine, { fromStore: STORES.sketches, key: cursor.primaryKey, reason: split.reason, detail: split.detail, raw: cursor.value }, nowMs);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}

async function migrateVersionsV1(tx: UpgradeTransaction, nowMs: number): Promise<void> {
  const quarantine = tx.objectStore(STORES.quarantine);
  let cursor = await tx.objectStore(STORES.versions).openCursor();
  while (cursor !== null) {
    const split = splitV1Version(cursor.value);
    if (split.ok) {
      const { header, chunks } = split.value;
      await putVersionChunks(tx, header.sketchId, header.versionId, chunks);
      await cursor.update(header);
    } else {
      await setAside(quarantine, { fromStore: STORES.versions, key: cursor.primaryKey, reason: split.reason, detail: split.detail, raw: cursor.value }, nowMs);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}

export const MIGRATIONS: readonly Migration[] = [
  { toVersion: 1, run: async (db) => createSchemaV1(db) },
  {
    toVersion: 2,
    run: async (db, tx, nowMs) => {
      createSchemaV2(db, tx);
      await migrateSketchesV1(tx, nowMs);
      await migrateVersionsV1(tx, nowMs);
    },
  },
];

/** Runs every step after `oldVersion` up to `newVersion` and records the schema version. */
export async function upgradeSchema(db: UpgradeDatabase, tx: UpgradeTransaction, oldVersion: number, newVersion: number, nowMs: number): Promise<void> {
  for (const step of MIGRATIONS) {
    if (step.toVersion > oldVersion && step.toVersion <= newVersion) await step.run(db, tx, nowMs);
  }
  await tx.objectStore(STORES.meta).put(newVersion, META_KEYS.schemaVersion);
}
