/**
 * The entry to sketch storage: `openSketchStore` gives a store on IndexedDB, or — when the
 * browser refuses, another tab blocks the upgrade, or the data is from a newer version — an
 * in-memory store with `persistent: false` and the reason to show. It never throws for a
 * browser's refusal and never hangs. Only src/storage imports idb.
 */
import { openChangeChannel } from './changeChannel.ts';
import { ConnectionState, IdbSketchStore } from './idbSketchStore.ts';
import { MemorySketchStore } from './memorySketchStore.ts';
import { unavailableReason } from './messages.ts';
import { openDatabase } from './openDatabase.ts';
import type { PersistenceApi } from './persistence.ts';
import { defaultPersistenceApi } from './persistence.ts';
import { CURRENT_SCHEMA_VERSION, DEFAULT_DATABASE_NAME } from './schema.ts';
import type { SketchStore, UnavailableStore } from './types.ts';

export type * from './types.ts';
export type { PersistenceApi } from './persistence.ts';

export interface OpenSketchStoreOptions {
  /** default: globalThis.indexedDB; null = behave as if the browser had none */
  indexedDB?: IDBFactory | null;
  databaseName?: string;
  /** default: navigator.storage */
  persistenceApi?: PersistenceApi | null;
  /** tell other tabs of changes through BroadcastChannel (default true when available) */
  broadcast?: boolean;
  now?: () => number;
  /** how long an upgrade blocked by another tab is waited for (default 4 s) */
  blockedTimeoutMs?: number;
  /** how long an open that gets no answer at all is waited for (default 10 s) */
  openTimeoutMs?: number;
  /** how long a deleted sketch can be restored (default 7 days) */
  trashGraceMs?: number;
  /** automatic versions kept per sketch (default 50; explicit versions are always kept) */
  maxAutoVersions?: number;
  /** another tab blocks the upgrade: ask the user to close other ParkZone tabs */
  onBlocked?: () => void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function defaultFactory(): IDBFactory | null {
  return typeof indexedDB === 'undefined' ? null : indexedDB;
}

export async function openSketchStore(options: OpenSketchStoreOptions = {}): Promise<SketchStore | UnavailableStore> {
  const now = options.now ?? Date.now;
  const limits = { now, trashGraceMs: options.trashGraceMs ?? 7 * DAY_MS, maxAutoVersions: options.maxAutoVersions ?? 50 };
  const factory = options.indexedDB === undefined ? defaultFactory() : options.indexedDB;
  if (factory === null) return new MemorySketchStore(unavailableReason('no-indexeddb'), limits);
  const name = options.databaseName ?? DEFAULT_DATABASE_NAME;
  const state = new ConnectionState();
  const opened = await openDatabase({
    factory, name, version: CURRENT_SCHEMA_VERSION, nowMs: now(),
    blockedTimeoutMs: options.blockedTimeoutMs ?? 4000, openTimeoutMs: options.openTimeoutMs ?? 10_000,
    onBlocked: options.onBlocked,
    onVersionChange: () => state.close('version-change'),
    onClosedByBrowser: () => state.close('closed-by-browser'),
  });
  if (!opened.ok) return new MemorySketchStore(opened.reason, limits);
  const channel = openChangeChannel(name, options.broadcast ?? true);
  const persistenceApi = options.persistenceApi === undefined ? defaultPersistenceApi() : options.persistenceApi;
  const store = new IdbSketchStore(opened.db, state, { ...limits, channel, persistenceApi });
  await store.purgeExpiredTrash();
  return store;
}
