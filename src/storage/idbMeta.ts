/**
 * Settings kept with the user's data: the last opened sketch and the threshold presets; and
 * access to records set aside (to export them as found, or to discard them).
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { parseThresholdPreset } from '../domain/parseThresholds.ts';
import type { IdbContext } from './idbContext.ts';
import { read, write } from './idbContext.ts';
import { keyText, setAside } from './quarantine.ts';
import { META_KEYS, SKETCHES_BY_UPDATED, STORES } from './schema.ts';
import type { DoneResult, ValueResult } from './types.ts';

export async function setLastOpened(ctx: IdbContext, sketchId: string | null): Promise<DoneResult> {
  const result = await write(ctx, 'meta', [STORES.meta], async (tx) => {
    if (sketchId === null) await tx.objectStore(STORES.meta).delete(META_KEYS.lastOpenedSketchId);
    else await tx.objectStore(STORES.meta).put(sketchId, META_KEYS.lastOpenedSketchId);
  });
  return result.ok ? { ok: true } : result;
}

/** The last opened sketch if it still exists, else the most recently changed one, else null. */
export async function getLastOpened(ctx: IdbContext): Promise<ValueResult<string | null>> {
  return read(ctx, 'meta', [STORES.meta, STORES.sketches], async (tx) => {
    const id: unknown = await tx.objectStore(STORES.meta).get(META_KEYS.lastOpenedSketchId);
    if (typeof id === 'string' && (await tx.objectStore(STORES.sketches).count(id)) > 0) return id;
    const newest = await tx.objectStore(STORES.sketches).index(SKETCHES_BY_UPDATED).openKeyCursor(null, 'prev');
    return newest === null ? null : keyText(newest.primaryKey);
  });
}

/** The stored presets; a stored value that is not a list of presets is set aside and reported. */
export async function getPresets(ctx: IdbContext): Promise<ValueResult<ThresholdPreset[]>> {
  return write(ctx, 'meta', [STORES.meta, STORES.quarantine], async (tx) => {
    const raw: unknown = await tx.objectStore(STORES.meta).get(META_KEYS.presets);
    if (raw === undefined) return [];
    const readings = Array.isArray(raw) ? raw.map(parseThresholdPreset) : [];
    const presets = readings.flatMap((r) => (r.ok ? [r.preset] : []));
    if (Array.isArray(raw) && presets.length === raw.length) return presets;
    const bad = readings.findIndex((r) => !r.ok);
    const detail = Array.isArray(raw) ? `presets[${bad}]` : 'presets is not a list';
    await setAside(tx.objectStore(STORES.quarantine), { fromStore: STORES.meta, key: META_KEYS.presets, reason: 'wrong-shape', detail, raw }, ctx.now());
    await tx.objectStore(STORES.meta).put(presets, META_KEYS.presets);
    return presets;
  });
}

export async function setPresets(ctx: IdbContext, presets: readonly ThresholdPreset[]): Promise<DoneResult> {
  for (const preset of presets) {
    const reading = parseThresholdPreset(preset);
    if (!reading.ok) throw new TypeError(`setPresets: ${reading.reasonEn}`);
  }
  const result = await write(ctx, 'meta', [STORES.meta], async (tx) => {
    await tx.objectStore(STORES.meta).put([...presets], META_KEYS.presets);
  });
  if (!result.ok) return result;
  ctx.channel.post({ sketchId: null, change: 'meta', revision: null });
  return { ok: true };
}

export async function getQuarantined(ctx: IdbContext, quarantineId: string): Promise<ValueResult<unknown>> {
  return read(ctx, 'quarantine', [STORES.quarantine], async (tx) => {
    const record: unknown = await tx.objectStore(STORES.quarantine).get(quarantineId);
    return typeof record === 'object' && record !== null && 'raw' in record ? record.raw : undefined;
  });
}

export async function discardQuarantined(ctx: IdbContext, quarantineId: string): Promise<DoneResult> {
  const result = await write(ctx, 'quarantine', [STORES.quarantine], async (tx) => {
    await tx.objectStore(STORES.quarantine).delete(quarantineId);
  });
  return result.ok ? { ok: true } : result;
}
