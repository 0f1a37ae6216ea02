/**
 * Reading and writing plot chunks inside a transaction, one request at a time: each request
 * completes in its own task, so no single task serialises more than one chunk, and the
 * transaction stays active because the next request is issued from the previous one's result.
 */
import type { IDBPTransaction } from 'idb';
import type { SketchFeature } from '../domain/sketch.ts';
import type { ParkzoneDB, StoreName, StoredFeatureChunk, StoredVersionChunk } from './schema.ts';
import { STORES } from './schema.ts';

export type AnyTx = IDBPTransaction<ParkzoneDB, StoreName[], 'readonly' | 'readwrite' | 'versionchange'>;
export type AnyWriteTx = IDBPTransaction<ParkzoneDB, StoreName[], 'readwrite' | 'versionchange'>;

/** Every [sketchId, chunk] key of one sketch. */
export function sketchChunkRange(sketchId: string): IDBKeyRange {
  return IDBKeyRange.bound([sketchId], [sketchId, []]);
}

/** Every [sketchId, versionId, chunk] key of one version. */
export function versionChunkRange(sketchId: string, versionId: string): IDBKeyRange {
  return IDBKeyRange.bound([sketchId, versionId], [sketchId, versionId, []]);
}

/** Every [sketchId, versionId, chunk] key of all versions of one sketch. */
export function allVersionChunksRange(sketchId: string): IDBKeyRange {
  return IDBKeyRange.bound([sketchId], [sketchId, []]);
}

/** Replaces the sketch's chunks with `chunks`, written at `revision`. */
export async function putSketchChunks(tx: AnyWriteTx, sketchId: string, revision: number, chunks: readonly SketchFeature[][]): Promise<void> {
  const store = tx.objectStore(STORES.sketchFeatures);
  await store.delete(sketchChunkRange(sketchId));
  for (const [chunk, features] of chunks.entries()) {
    const record: StoredFeatureChunk = { sketchId, chunk, revision, features };
    await store.put(record);
  }
}

export async function putVersionChunks(tx: AnyWriteTx, sketchId: string, versionId: string, chunks: readonly SketchFeature[][]): Promise<void> {
  const store = tx.objectStore(STORES.versionFeatures);
  for (const [chunk, features] of chunks.entries()) {
    const record: StoredVersionChunk = { sketchId, versionId, chunk, features };
    await store.put(record);
  }
}

/** Chunks 0 … count − 1 as stored (unchecked; a missing chunk reads as undefined). */
export async function readSketchChunks(tx: AnyTx, sketchId: string, count: number): Promise<unknown[]> {
  const chunks: unknown[] = [];
  for (let chunk = 0; chunk < count; chunk++) chunks.push(await tx.objectStore(STORES.sketchFeatures).get([sketchId, chunk]));
  return chunks;
}

export async function readVersionChunks(tx: AnyTx, sketchId: string, versionId: string, count: number): Promise<unknown[]> {
  const chunks: unknown[] = [];
  for (let chunk = 0; chunk < count; chunk++) chunks.push(await tx.objectStore(STORES.versionFeatures).get([sketchId, versionId, chunk]));
  return chunks;
}
