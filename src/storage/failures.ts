/**
 * Turning the browser's storage errors into typed failures, once, with their cause kept.
 * A DOMException named QuotaExceededError (Firefox once used NS_ERROR_DOM_QUOTA_REACHED) is a
 * full disk or an exhausted origin quota; anything else that stops a write is `write-failed`.
 */
import type { ClosedReason, StorageFailure, StorageOperation } from './types.ts';

const QUOTA_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

function errorName(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('name' in error)) return null;
  return typeof error.name === 'string' ? error.name : null;
}

/** True when `error`, or an error it wraps as `cause`, says the quota is exhausted. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    const name = errorName(e);
    if (name !== null && QUOTA_NAMES.has(name)) return true;
    e = typeof e === 'object' && 'cause' in e ? e.cause : undefined;
  }
  return false;
}

export function writeFailure(operation: StorageOperation, cause: unknown): StorageFailure {
  return isQuotaError(cause) ? { ok: false, kind: 'quota', operation, cause } : { ok: false, kind: 'write-failed', operation, cause };
}

export function readFailure(operation: StorageOperation, cause: unknown): StorageFailure {
  return { ok: false, kind: 'read-failed', operation, cause };
}

export function closedFailure(operation: StorageOperation, reason: ClosedReason): StorageFailure {
  return { ok: false, kind: 'closed', operation, reason };
}

/** The error of an aborted transaction, preferring the first error met (the request's). */
export function abortCause(first: unknown, transactionError: unknown): unknown {
  return first ?? transactionError ?? new DOMException('The transaction was aborted', 'AbortError');
}
