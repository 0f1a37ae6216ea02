/**
 * Setting a record aside. A record that cannot be used is moved, as it was read, into the
 * `quarantine` store with the reason; its original key is then free, so the next save never
 * overwrites the damaged data, and the list reports it until the user discards it.
 */
import { newQuarantineId } from './ids.ts';
import type { QuarantineReason, QuarantineRecord, StoreName } from './schema.ts';
import { isPlainRecord } from '../domain/sketchShape.ts';

/** What the user is told about a record set aside (the raw value stays in the store). */
export interface QuarantineEntry {
  quarantineId: string;
  fromStore: StoreName;
  recordKey: string;
  reason: QuarantineReason;
  detail: string;
  quarantinedAtMs: number;
}

/** A store of a write transaction that can take a quarantine record. */
export interface QuarantineSink {
  put(value: QuarantineRecord): Promise<unknown>;
}

export interface SetAside {
  fromStore: StoreName;
  key: IDBValidKey;
  reason: QuarantineReason;
  detail: string;
  raw: unknown;
}

export function keyText(key: IDBValidKey): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

export function quarantineRecordOf(item: SetAside, nowMs: number): QuarantineRecord {
  return {
    quarantineId: newQuarantineId(), fromStore: item.fromStore, recordKey: keyText(item.key),
    reason: item.reason, detail: item.detail, quarantinedAtMs: nowMs, raw: item.raw,
  };
}

export function entryOf(record: QuarantineRecord): QuarantineEntry {
  const { quarantineId, fromStore, recordKey, reason, detail, quarantinedAtMs } = record;
  return { quarantineId, fromStore, recordKey, reason, detail, quarantinedAtMs };
}

/** Writes the quarantine record; the caller deletes the original in the same transaction. */
export async function setAside(sink: QuarantineSink, item: SetAside, nowMs: number): Promise<QuarantineEntry> {
  const record = quarantineRecordOf(item, nowMs);
  await sink.put(record);
  return entryOf(record);
}

/** Quarantine records are our own, but they are read back from disk like any other. */
export function readQuarantineEntry(value: unknown): QuarantineEntry | null {
  if (!isPlainRecord(value)) return null;
  const { quarantineId, fromStore, recordKey, reason, detail, quarantinedAtMs } = value;
  if (typeof quarantineId !== 'string' || typeof recordKey !== 'string' || typeof detail !== 'string') return null;
  if (typeof fromStore !== 'string' || typeof reason !== 'string' || typeof quarantinedAtMs !== 'number') return null;
  return { quarantineId, fromStore: fromStore as StoreName, recordKey, reason: reason as QuarantineReason, detail, quarantinedAtMs };
}
