/**
 * One write = one transaction, all or nothing. The body issues its requests and returns; if it
 * throws (a put refused with QuotaExceededError, a DataCloneError, a failed request) the
 * transaction is aborted, so requests already issued are rolled back too. The outcome is known
 * only once the transaction has committed or aborted.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { abortCause } from './failures.ts';
import type { ParkzoneDB, StoreName } from './schema.ts';

export type Database = IDBPDatabase<ParkzoneDB>;
export type WriteTx<S extends StoreName[]> = IDBPTransaction<ParkzoneDB, S, 'readwrite'>;
export type ReadTx<S extends StoreName[]> = IDBPTransaction<ParkzoneDB, S, 'readonly'>;

export type TxOutcome<T> = { ok: true; value: T } | { ok: false; cause: unknown };

/**
 * Aborts `tx` unless it is already finishing (committing, or aborting after a failed request),
 * in which case abort() refuses with InvalidStateError; `done` then tells how it ended.
 */
function abortUnlessFinishing(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch (notActive) {
    if (!(notActive instanceof DOMException && notActive.name === 'InvalidStateError')) throw notActive;
  }
}

/** Waits for the transaction to end after a failure; its own rejection is the expected abort. */
async function settleAbort(done: Promise<void>): Promise<unknown> {
  try {
    await done;
    return null;
  } catch (abortError) {
    return abortError;
  }
}

async function run<T, M extends 'readonly' | 'readwrite', S extends StoreName[]>(
  db: Database, stores: S, mode: M, body: (tx: IDBPTransaction<ParkzoneDB, S, M>) => Promise<T>,
): Promise<TxOutcome<T>> {
  let tx: IDBPTransaction<ParkzoneDB, S, M>;
  try {
    tx = db.transaction(stores, mode);
  } catch (cause) {
    return { ok: false, cause };
  }
  const done = tx.done;
  try {
    const value = await body(tx);
    await done;
    return { ok: true, value };
  } catch (cause) {
    abortUnlessFinishing(tx);
    const abortError = await settleAbort(done);
    // The browser's errors are DOMExceptions (quota, clone, abort…): expected, reported as data.
    // Anything else is a bug in the body: it throws, after the transaction was rolled back.
    if (!(cause instanceof DOMException)) throw cause;
    return { ok: false, cause: abortCause(cause, abortError) };
  }
}

/** Runs `body` in one readwrite transaction over `stores`. */
export function runWrite<T, S extends StoreName[]>(db: Database, stores: S, body: (tx: WriteTx<S>) => Promise<T>): Promise<TxOutcome<T>> {
  return run(db, stores, 'readwrite', body);
}

/** Runs `body` in one readonly transaction over `stores`. */
export function runRead<T, S extends StoreName[]>(db: Database, stores: S, body: (tx: ReadTx<S>) => Promise<T>): Promise<TxOutcome<T>> {
  return run(db, stores, 'readonly', body);
}
