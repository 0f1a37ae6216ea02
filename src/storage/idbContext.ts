/**
 * What every IndexedDB operation shares: the connection and whether it is still usable, the
 * clock, the limits, the channel to other tabs, and the one place where a failed transaction
 * becomes a typed failure (a closed connection is reported as `closed`, not as a write error).
 */
import type { ChangeChannel } from './changeChannel.ts';
import { closedFailure, readFailure, writeFailure } from './failures.ts';
import type { Database, ReadTx, TxOutcome, WriteTx } from './transaction.ts';
import { runRead, runWrite } from './transaction.ts';
import type { StoreName } from './schema.ts';
import { STORES } from './schema.ts';
import type { ClosedReason, StorageFailure, StorageOperation } from './types.ts';

export interface IdbContext {
  db: Database;
  now(): number;
  trashGraceMs: number;
  maxAutoVersions: number;
  channel: ChangeChannel;
  /** why the connection stopped, or null while it is open */
  closed(): ClosedReason | null;
}

/** Stores of every write that touches one sketch (a bad record met on the way is set aside). */
export const SKETCH_STORES: StoreName[] = [STORES.sketches, STORES.sketchFeatures, STORES.quarantine];
export const SKETCH_AND_VERSION_STORES: StoreName[] = [...SKETCH_STORES, STORES.versions, STORES.versionFeatures];

export function failureOf(ctx: IdbContext, operation: StorageOperation, cause: unknown, write: boolean): StorageFailure {
  const closed = ctx.closed();
  if (closed !== null) return closedFailure(operation, closed);
  return write ? writeFailure(operation, cause) : readFailure(operation, cause);
}

/** A write transaction, or the failure that stopped it; refused at once on a closed connection. */
export async function write<T, S extends StoreName[]>(
  ctx: IdbContext, operation: StorageOperation, stores: S, body: (tx: WriteTx<S>) => Promise<T>,
): Promise<{ ok: true; value: T } | StorageFailure> {
  const closed = ctx.closed();
  if (closed !== null) return closedFailure(operation, closed);
  const outcome: TxOutcome<T> = await runWrite(ctx.db, stores, body);
  return outcome.ok ? outcome : failureOf(ctx, operation, outcome.cause, true);
}

/** A read transaction, or the failure that stopped it. */
export async function read<T, S extends StoreName[]>(
  ctx: IdbContext, operation: StorageOperation, stores: S, body: (tx: ReadTx<S>) => Promise<T>,
): Promise<{ ok: true; value: T } | StorageFailure> {
  const closed = ctx.closed();
  if (closed !== null) return closedFailure(operation, closed);
  const outcome: TxOutcome<T> = await runRead(ctx.db, stores, body);
  return outcome.ok ? outcome : failureOf(ctx, operation, outcome.cause, false);
}
