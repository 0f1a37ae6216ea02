/**
 * Setting a whole sketch aside: its header and all its plot chunks move, as they were read,
 * into one quarantine record, and their keys are freed. Runs inside the caller's write
 * transaction, so it happens together with whatever the caller writes next, or not at all.
 */
import type { AnyWriteTx } from './idbChunks.ts';
import { sketchChunkRange } from './idbChunks.ts';
import { setAside } from './quarantine.ts';
import type { QuarantineEntry } from './quarantine.ts';
import type { QuarantineReason } from './schema.ts';
import { STORES } from './schema.ts';

export type { AnyWriteTx } from './idbChunks.ts';

/** A sketch's records as stored, unchecked: the header and every chunk under its id, in key order. */
export interface SketchRaw {
  header: unknown;
  chunks: unknown[];
}

export interface Problem {
  reason: QuarantineReason;
  detail: string;
}

export async function readSketchRaw(tx: AnyWriteTx, id: string): Promise<SketchRaw> {
  const header: unknown = await tx.objectStore(STORES.sketches).get(id);
  const chunks: unknown[] = await tx.objectStore(STORES.sketchFeatures).getAll(sketchChunkRange(id));
  return { header, chunks };
}

export async function quarantineSketch(tx: AnyWriteTx, id: string, raw: SketchRaw, problem: Problem, nowMs: number): Promise<QuarantineEntry> {
  const entry = await setAside(tx.objectStore(STORES.quarantine), { fromStore: STORES.sketches, key: id, ...problem, raw }, nowMs);
  await tx.objectStore(STORES.sketches).delete(id);
  await tx.objectStore(STORES.sketchFeatures).delete(sketchChunkRange(id));
  return entry;
}

/** Sets aside the plot chunks only (the header is sound but its plots are not what it says). */
export async function quarantineChunks(tx: AnyWriteTx, id: string, chunks: unknown[], problem: Problem, nowMs: number): Promise<QuarantineEntry> {
  const entry = await setAside(tx.objectStore(STORES.quarantine), { fromStore: STORES.sketchFeatures, key: id, ...problem, raw: chunks }, nowMs);
  await tx.objectStore(STORES.sketchFeatures).delete(sketchChunkRange(id));
  return entry;
}
