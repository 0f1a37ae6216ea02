/**
 * Asking the browser to keep our data under storage pressure (navigator.storage.persist).
 * Without it, the browser may evict IndexedDB when the disk fills; the UI tells the user the
 * result and suggests exporting sketches as a backup either way.
 */
import type { PersistenceResult } from './types.ts';

/** The part of StorageManager used here (injectable for tests). */
export interface PersistenceApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export function defaultPersistenceApi(): PersistenceApi | null {
  if (typeof navigator === 'undefined' || typeof navigator.storage === 'undefined') return null;
  return navigator.storage;
}

export async function requestPersistence(api: PersistenceApi | null): Promise<PersistenceResult> {
  if (api === null || typeof api.persist !== 'function') return { kind: 'unsupported' };
  try {
    if (typeof api.persisted === 'function' && (await api.persisted.call(api))) return { kind: 'persisted', alreadyPersisted: true };
    return (await api.persist.call(api)) ? { kind: 'persisted', alreadyPersisted: false } : { kind: 'not-persisted' };
  } catch (cause) {
    return { kind: 'failed', cause };
  }
}
