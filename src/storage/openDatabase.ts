/**
 * Opening the database through a given IDBFactory (the page's, or a test's), without ever
 * hanging: a `blocked` open (another tab holds an older version and does not let go) gives up
 * after `blockedTimeoutMs`, an open that never answers after `openTimeoutMs`. The connection
 * closes itself on `versionchange` so that it never blocks a newer version in another tab.
 */
import { wrap } from 'idb';
import type { IDBPDatabase } from 'idb';
import { upgradeSchema } from './migrations.ts';
import type { UpgradeDatabase, UpgradeTransaction } from './migrations.ts';
import { unavailableReason } from './messages.ts';
import type { ParkzoneDB } from './schema.ts';
import type { UnavailableReason } from './types.ts';

export interface OpenDatabaseOptions {
  factory: IDBFactory;
  name: string;
  version: number;
  nowMs: number;
  blockedTimeoutMs: number;
  openTimeoutMs: number;
  /** told at once when another tab blocks the upgrade ("close other ParkZone tabs") */
  onBlocked?: () => void;
  /** this connection closed itself because another tab opens a newer version (or deletes the database) */
  onVersionChange?: () => void;
  /** the browser closed the connection (storage cleared, disk error) */
  onClosedByBrowser?: () => void;
}

export type OpenOutcome = { ok: true; db: IDBPDatabase<ParkzoneDB> } | { ok: false; reason: UnavailableReason };

function refusalKind(error: unknown): 'refused' | 'newer-version' | 'migration-failed' | 'open-failed' {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') return 'refused';
  if (name === 'VersionError') return 'newer-version';
  if (name === 'AbortError') return 'migration-failed';
  return 'open-failed';
}

function watchConnection(db: IDBDatabase, options: OpenDatabaseOptions): void {
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  db.addEventListener('close', () => options.onClosedByBrowser?.());
}

function startUpgrade(request: IDBOpenDBRequest, event: IDBVersionChangeEvent, options: OpenDatabaseOptions, fail: (cause: unknown) => void): void {
  const tx = request.transaction;
  if (tx === null) return;
  let ended = false;
  tx.addEventListener('abort', () => { ended = true; });
  const db = wrap(request.result) as unknown as UpgradeDatabase;
  const upgradeTx = wrap(tx) as unknown as UpgradeTransaction;
  // The open request reports the outcome; the transaction's own promise is only observed here.
  upgradeTx.done.catch((abortError: unknown) => fail(abortError));
  upgradeSchema(db, upgradeTx, event.oldVersion, event.newVersion ?? options.version, options.nowMs).catch((cause: unknown) => {
    fail(cause);
    if (!ended) tx.abort();
  });
}

/** Opens (creating or migrating) the database; every failure comes back as a reason. */
export function openDatabase(options: OpenDatabaseOptions): Promise<OpenOutcome> {
  let request: IDBOpenDBRequest;
  try {
    request = options.factory.open(options.name, options.version);
  } catch (cause) {
    return Promise.resolve({ ok: false, reason: unavailableReason(refusalKind(cause), cause) });
  }
  return new Promise((resolve) => {
    let settled = false;
    let upgradeError: unknown = null;
    let timer = setTimeout(() => giveUp('open-timeout'), options.openTimeoutMs);
    const finish = (outcome: OpenOutcome): void => {
      clearTimeout(timer);
      if (!settled) resolve(outcome);
      settled = true;
    };
    function giveUp(kind: 'open-timeout' | 'blocked'): void {
      finish({ ok: false, reason: unavailableReason(kind) });
    }
    request.onupgradeneeded = (event) => {
      clearTimeout(timer);
      startUpgrade(request, event, options, (cause) => { upgradeError ??= cause; });
    };
    request.onblocked = () => {
      clearTimeout(timer);
      timer = setTimeout(() => giveUp('blocked'), options.blockedTimeoutMs);
      options.onBlocked?.();
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      watchConnection(db, options);
      finish({ ok: true, db: wrap(db) as unknown as IDBPDatabase<ParkzoneDB> });
    };
    request.onerror = (event) => {
      event.preventDefault();
      const cause = upgradeError ?? request.error;
      finish({ ok: false, reason: unavailableReason(upgradeError !== null ? 'migration-failed' : refusalKind(request.error), cause) });
    };
  });
}
