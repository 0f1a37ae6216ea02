/**
 * The sketch repository's public contract. Expected failures (a conflict, a full disk, a record
 * set aside, a closed connection) are results with a `kind`; only programmer errors throw.
 */
import type { NewSketch, Sketch, SketchIdentity, SketchVersion, SketchVersionSummary, VersionKind } from '../domain/sketch.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { QuarantineEntry } from './quarantine.ts';

export type { QuarantineEntry } from './quarantine.ts';

/** Why this connection stopped: a newer version opened elsewhere, the browser closed it, or we did. */
export type ClosedReason = 'version-change' | 'closed-by-browser' | 'closed-by-app';

export type StorageOperation =
  | 'list' | 'get' | 'create' | 'save' | 'rename' | 'duplicate' | 'delete' | 'restore' | 'list-deleted'
  | 'save-version' | 'list-versions' | 'get-version' | 'meta' | 'quarantine';

/** A failed read or write, with what was being done and the browser's error as `cause`. */
export type StorageFailure =
  | { ok: false; kind: 'quota'; operation: StorageOperation; cause: unknown }
  | { ok: false; kind: 'write-failed'; operation: StorageOperation; cause: unknown }
  | { ok: false; kind: 'read-failed'; operation: StorageOperation; cause: unknown }
  | { ok: false; kind: 'closed'; operation: StorageOperation; reason: ClosedReason };

export interface NotFound { ok: false; kind: 'not-found'; id: string }
/** The record could not be used and was set aside; it is listed in `list().quarantined`. */
export interface SetAsideResult { ok: false; kind: 'corrupt'; quarantined: QuarantineEntry[] }

export interface SketchSummary extends SketchIdentity {
  plotCount: number;
  /** key numbers given with the last save (a cache for the list; recompute when opened) */
  cachedFigures?: Readonly<Record<string, number>>;
}

export interface DeletedSketch {
  id: string;
  name: string;
  deletedAtMs: number;
  /** after this time the sketch is purged and cannot be restored */
  restoreUntilMs: number;
}

export type ListResult = { ok: true; sketches: SketchSummary[]; quarantined: QuarantineEntry[] } | StorageFailure;
export type GetResult = { ok: true; sketch: Sketch } | NotFound | SetAsideResult | StorageFailure;
export type SketchWriteResult = { ok: true; sketch: Sketch } | NotFound | SetAsideResult | StorageFailure;
/** A rename changes the header only; the summary carries the new revision to keep saving with. */
export type RenameResult = { ok: true; summary: SketchSummary } | NotFound | SetAsideResult | StorageFailure;
/** `conflict`: the stored revision is not the one the save started from; `latest` is what is stored. */
export type SaveResult =
  | { ok: true; sketch: Sketch; setAside: QuarantineEntry[]; version: SketchVersionSummary | null }
  | { ok: false; kind: 'conflict'; latest: Sketch }
  | NotFound
  | StorageFailure;
/** A sketch whose header fails its check is set aside rather than put in the trash. */
export type DeleteResult = { ok: true; restoreUntilMs: number } | NotFound | SetAsideResult | StorageFailure;
/**
 * `not-found` also after the grace period; `id-taken` if a sketch with that id exists again.
 * The summary carries the new revision; open the sketch with `get` (which checks its plots).
 */
export type RestoreResult = { ok: true; summary: SketchSummary } | NotFound | { ok: false; kind: 'id-taken'; id: string } | SetAsideResult | StorageFailure;
/** `stale`: the sketch given is not the stored revision; save it first. */
export type VersionSaveResult =
  | { ok: true; version: SketchVersionSummary }
  | { ok: false; kind: 'stale'; storedRevision: number }
  | NotFound
  | SetAsideResult
  | StorageFailure;
export type VersionListResult = { ok: true; versions: SketchVersionSummary[]; quarantined: QuarantineEntry[] } | StorageFailure;
export type VersionGetResult = { ok: true; version: SketchVersion } | NotFound | SetAsideResult | StorageFailure;
export type DoneResult = { ok: true } | StorageFailure;
export type ValueResult<T> = { ok: true; value: T } | StorageFailure;

export interface SaveOptions {
  /** key numbers for the list, computed by the caller from these plots; omitted = none cached */
  cachedFigures?: Readonly<Record<string, number>>;
  /** also keep this save as a version, in the same transaction */
  keepVersion?: VersionKind;
}

/** A version copies the sketch as stored (save first); `cachedFigures` are the caller's numbers for it. */
export interface VersionOptions {
  kind: VersionKind;
  cachedFigures?: Readonly<Record<string, number>>;
}

/** What another tab did (BroadcastChannel); read the sketch again to see it. */
export interface ExternalChange {
  sketchId: string | null;
  change: 'created' | 'saved' | 'renamed' | 'deleted' | 'restored' | 'version-saved' | 'meta';
  revision: number | null;
}

export type PersistenceResult =
  | { kind: 'persisted'; alreadyPersisted: boolean }
  | { kind: 'not-persisted' }
  | { kind: 'unsupported' }
  | { kind: 'failed'; cause: unknown };

export interface SketchRepository {
  list(): Promise<ListResult>;
  get(id: string): Promise<GetResult>;
  create(from: NewSketch): Promise<SketchWriteResult>;
  /** writes plots, scenes, name and preset if `expectedRevision` is the stored revision */
  save(sketch: Sketch, expectedRevision: number, options?: SaveOptions): Promise<SaveResult>;
  rename(id: string, name: string): Promise<RenameResult>;
  duplicate(id: string, name: string): Promise<SketchWriteResult>;
  delete(id: string): Promise<DeleteResult>;
  restoreDeleted(id: string): Promise<RestoreResult>;
  listDeleted(): Promise<ValueResult<DeletedSketch[]>>;
  /** keeps `sketch` (the stored revision, as returned by save) as a version */
  saveVersion(sketch: Sketch, options: VersionOptions): Promise<VersionSaveResult>;
  listVersions(sketchId: string): Promise<VersionListResult>;
  getVersion(sketchId: string, versionId: string): Promise<VersionGetResult>;
  setLastOpened(sketchId: string | null): Promise<DoneResult>;
  getLastOpened(): Promise<ValueResult<string | null>>;
  getPresets(): Promise<ValueResult<ThresholdPreset[]>>;
  setPresets(presets: readonly ThresholdPreset[]): Promise<DoneResult>;
  /** the raw value of a record set aside, for an export "as found" */
  getQuarantined(quarantineId: string): Promise<ValueResult<unknown>>;
  discardQuarantined(quarantineId: string): Promise<DoneResult>;
  requestPersistence(): Promise<PersistenceResult>;
  /** another tab changed something; returns the unsubscribe function */
  onExternalChange(callback: (change: ExternalChange) => void): () => void;
  /** this connection stopped (a newer version opened elsewhere): stop writing, ask to reload */
  onReloadNeeded(callback: (reason: ClosedReason) => void): () => void;
  close(): void;
}

/** Sketches kept in IndexedDB. */
export interface SketchStore extends SketchRepository {
  readonly persistent: true;
}

export type UnavailableKind = 'no-indexeddb' | 'refused' | 'blocked' | 'newer-version' | 'open-timeout' | 'migration-failed' | 'open-failed';

/** Why nothing is being saved, in words the UI shows as they are. */
export interface UnavailableReason {
  kind: UnavailableKind;
  messageZh: string;
  messageEn: string;
  cause?: unknown;
}

/** Sketches kept in memory only: everything works, nothing survives a reload. */
export interface UnavailableStore extends SketchRepository {
  readonly persistent: false;
  readonly reason: UnavailableReason;
}
