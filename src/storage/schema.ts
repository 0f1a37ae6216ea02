/**
 * The IndexedDB schema of ParkZone's own data (sketches, their versions, settings).
 *
 * Schema v2 (current): a sketch is a small header in `sketches` (indexed by `updatedAtMs`, so
 * the list never reads a plot) and its plots in `sketchFeatures`, cut into chunks of at most
 * 1 000 plots / 20 000 vertices. All of a save is one transaction, but each chunk is its own
 * request, so the browser serialises ~5 ms of data at a time instead of blocking the page for
 * 100 ms on 10 000 plots. Versions are stored the same way. A deleted sketch's header waits in
 * `trash` (its plots and versions stay where they are) for a grace period; records that cannot
 * be read are set aside in `quarantine`, never overwritten.
 * Schema v1 (see migrations.ts) kept all plots inside the sketch and version records.
 */
import type { DBSchema } from 'idb';
import type { Scene, SketchFeature, SketchIdentity, VersionKind } from '../domain/sketch.ts';

export const DEFAULT_DATABASE_NAME = 'parkzone';
export const CURRENT_SCHEMA_VERSION = 2;

export const STORES = {
  sketches: 'sketches',
  sketchFeatures: 'sketchFeatures',
  versions: 'versions',
  versionFeatures: 'versionFeatures',
  trash: 'trash',
  quarantine: 'quarantine',
  meta: 'meta',
} as const;

export type StoreName = (typeof STORES)[keyof typeof STORES];

export const SKETCHES_BY_UPDATED = 'byUpdatedAtMs';
/** [sketchId, revision] of the plot chunks: a save counts them without reading 10 000 plots. */
export const FEATURES_BY_REVISION = 'byRevision';
/** Purging the trash finds expired records by key, without reading them. */
export const TRASH_BY_DELETED = 'byDeletedAtMs';

/** Keys of the `meta` store (out-of-line keys). */
export const META_KEYS = {
  schemaVersion: 'schemaVersion',
  lastOpenedSketchId: 'lastOpenedSketchId',
  presets: 'presets',
} as const;

/** Values are `unknown` on purpose: what comes back from disk is checked (recordShape.ts). */
export interface ParkzoneDB extends DBSchema {
  sketches: { key: string; value: unknown; indexes: { byUpdatedAtMs: number } };
  sketchFeatures: { key: [string, number]; value: unknown; indexes: { byRevision: [string, number] } };
  versions: { key: [string, string]; value: unknown };
  versionFeatures: { key: [string, string, number]; value: unknown };
  trash: { key: string; value: unknown; indexes: { byDeletedAtMs: number } };
  quarantine: { key: string; value: unknown };
  meta: { key: string; value: unknown };
}

/** The sketch without its plots; `plotCount` and `cachedFigures` serve the list only. */
export interface StoredSketchHeader extends SketchIdentity {
  /** the revision at which the plots were last written; every plot chunk carries the same */
  featuresRevision: number;
  plotCount: number;
  chunkCount: number;
  scenes: Scene[];
  thresholdPresetId: string;
  cachedFigures?: Record<string, number>;
}

/** One chunk of a sketch's plots, key [sketchId, chunk]; chunks are numbered from 0. */
export interface StoredFeatureChunk {
  sketchId: string;
  chunk: number;
  revision: number;
  features: SketchFeature[];
}

export interface StoredVersionHeader {
  sketchId: string;
  versionId: string;
  savedAtMs: number;
  kind: VersionKind;
  /** the sketch revision copied; null for versions migrated from schema v1 */
  sketchRevision: number | null;
  plotCount: number;
  chunkCount: number;
  /** null for versions migrated from schema v1, which kept no scenes */
  scenes: Scene[] | null;
  cachedFigures?: Record<string, number>;
}

/** One chunk of a version's plots, key [sketchId, versionId, chunk]. */
export interface StoredVersionChunk {
  sketchId: string;
  versionId: string;
  chunk: number;
  features: SketchFeature[];
}

/** A deleted sketch's header; its plot chunks and versions stay in place until it is purged. */
export interface TrashRecord {
  sketchId: string;
  deletedAtMs: number;
  header: StoredSketchHeader;
}

export type QuarantineReason = 'wrong-shape' | 'missing-features' | 'features-mismatch' | 'unreadable';

/** A record set aside: where it was, why, and the value as it was read (null when unreadable). */
export interface QuarantineRecord {
  quarantineId: string;
  fromStore: StoreName;
  recordKey: string;
  reason: QuarantineReason;
  detail: string;
  quarantinedAtMs: number;
  raw: unknown;
}
