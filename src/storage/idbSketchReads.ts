/**
 * Listing and opening sketches. The list reads headers only (never a plot); opening reads the
 * plot chunks one request at a time. A record that fails its check is set aside in a write
 * transaction that checks it again first (another tab may have rewritten it meanwhile), and is
 * reported instead of crashing the list or the open.
 */
import type { Sketch } from '../domain/sketch.ts';
import type { IdbContext } from './idbContext.ts';
import { SKETCH_STORES, read, write } from './idbContext.ts';
import { readSketchChunks } from './idbChunks.ts';
import type { QuarantineEntry } from './quarantine.ts';
import { keyText, readQuarantineEntry, setAside } from './quarantine.ts';
import { checkChunks, checkSketchHeader } from './recordShape.ts';
import type { Checked } from './recordShape.ts';
import { byNewest, sketchOf, summaryOf } from './records.ts';
import type { SketchRaw } from './sketchQuarantine.ts';
import { quarantineSketch, readSketchRaw } from './sketchQuarantine.ts';
import type { StoreName } from './schema.ts';
import { STORES } from './schema.ts';
import type { GetResult, ListResult, SketchSummary, StorageFailure } from './types.ts';

/** Errors of a record that exists but cannot be read back (e.g. Chromium's missing blob file). */
const UNREADABLE_NAMES: ReadonlySet<string> = new Set(['NotReadableError', 'UnknownError', 'DataError']);
const LIST_STORES: StoreName[] = [STORES.sketches, STORES.quarantine];
const GET_STORES: StoreName[] = [STORES.sketches, STORES.sketchFeatures];

/** A sketch from its header and its chunks in order (from 0), or the first thing wrong. */
export function checkSketch(raw: SketchRaw): Checked<Sketch> {
  const header = checkSketchHeader(raw.header);
  if (!header.ok) return header;
  const { id: sketchId, featuresRevision: revision, chunkCount, plotCount } = header.value;
  const features = checkChunks(raw.chunks, { sketchId, revision, chunkCount, plotCount });
  return features.ok ? { ok: true, value: sketchOf(header.value, features.value) } : features;
}

/** Sets aside the sketches whose headers failed, if they still fail inside the transaction. */
async function setAsideHeaders(ctx: IdbContext, ids: string[]): Promise<{ ok: true; value: QuarantineEntry[] } | StorageFailure> {
  return write(ctx, 'quarantine', SKETCH_STORES, async (tx) => {
    const entries: QuarantineEntry[] = [];
    for (const id of ids) {
      const raw = await readSketchRaw(tx, id);
      const header = checkSketchHeader(raw.header);
      if (raw.header !== undefined && !header.ok) entries.push(await quarantineSketch(tx, id, raw, header, ctx.now()));
    }
    return entries;
  });
}

export async function listSketches(ctx: IdbContext): Promise<ListResult> {
  const rows = await read(ctx, 'list', LIST_STORES, async (tx) => {
    const headers: { key: string; value: unknown }[] = [];
    for (let cursor = await tx.objectStore(STORES.sketches).openCursor(); cursor !== null; cursor = await cursor.continue()) {
      headers.push({ key: keyText(cursor.primaryKey), value: cursor.value });
    }
    return { headers, quarantined: await tx.objectStore(STORES.quarantine).getAll() };
  });
  if (!rows.ok) return rows;
  const sketches: SketchSummary[] = [];
  const suspects: string[] = [];
  for (const { key, value } of rows.value.headers) {
    const header = checkSketchHeader(value);
    if (header.ok) sketches.push(summaryOf(header.value));
    else suspects.push(key);
  }
  const quarantined = rows.value.quarantined.map(readQuarantineEntry).filter((e): e is QuarantineEntry => e !== null);
  if (suspects.length > 0) {
    const moved = await setAsideHeaders(ctx, suspects);
    if (!moved.ok) return moved;
    quarantined.push(...moved.value);
  }
  quarantined.sort((a, b) => a.quarantinedAtMs - b.quarantinedAtMs);
  return { ok: true, sketches: sketches.sort(byNewest), quarantined };
}

async function setAsideSketch(ctx: IdbContext, id: string): Promise<GetResult> {
  const moved = await write(ctx, 'quarantine', SKETCH_STORES, async (tx) => {
    const raw = await readSketchRaw(tx, id);
    if (raw.header === undefined) return null;
    const checked = checkSketch(raw);
    return checked.ok ? checked.value : quarantineSketch(tx, id, raw, checked, ctx.now());
  });
  if (!moved.ok) return moved;
  if (moved.value === null) return { ok: false, kind: 'not-found', id };
  return 'quarantineId' in moved.value ? { ok: false, kind: 'corrupt', quarantined: [moved.value] } : { ok: true, sketch: moved.value };
}

/** The plots cannot be read at all: the header is set aside with the reason; the chunks are left as they are. */
async function setAsideUnreadable(ctx: IdbContext, id: string, cause: unknown): Promise<GetResult> {
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  const moved = await write(ctx, 'quarantine', SKETCH_STORES, async (tx) => {
    const header: unknown = await tx.objectStore(STORES.sketches).get(id);
    if (header === undefined) return null;
    const raw = { header, chunks: null };
    const entry = await setAside(tx.objectStore(STORES.quarantine), { fromStore: STORES.sketches, key: id, reason: 'unreadable', detail, raw }, ctx.now());
    await tx.objectStore(STORES.sketches).delete(id);
    return entry;
  });
  if (!moved.ok) return moved;
  return moved.value === null ? { ok: false, kind: 'not-found', id } : { ok: false, kind: 'corrupt', quarantined: [moved.value] };
}

function isUnreadable(cause: unknown): boolean {
  return cause instanceof Error && UNREADABLE_NAMES.has(cause.name);
}

export async function getSketch(ctx: IdbContext, id: string): Promise<GetResult> {
  const raw = await read(ctx, 'get', GET_STORES, async (tx): Promise<SketchRaw> => {
    const header: unknown = await tx.objectStore(STORES.sketches).get(id);
    const checked = checkSketchHeader(header);
    return { header, chunks: checked.ok ? await readSketchChunks(tx, id, checked.value.chunkCount) : [] };
  });
  if (!raw.ok) return raw.kind === 'read-failed' && isUnreadable(raw.cause) ? setAsideUnreadable(ctx, id, raw.cause) : raw;
  if (raw.value.header === undefined) return { ok: false, kind: 'not-found', id };
  const checked = checkSketch(raw.value);
  return checked.ok ? { ok: true, sketch: checked.value } : setAsideSketch(ctx, id);
}
