/**
 * Between the model and the stored records: a Sketch becomes a header and its plots as plain
 * features (a Plot's typed attributes are derived and left behind), cut into storage chunks;
 * and back. Shared by the IndexedDB store and the in-memory one, so both keep the same thing.
 */
import type { NewSketch, Sketch, SketchFeature, SketchVersion, SketchVersionSummary, VersionKind } from '../domain/sketch.ts';
import { sketchFeatureOf } from '../domain/sketch.ts';
import { chunkFeatures } from './chunks.ts';
import type { StoredSketchHeader, StoredVersionHeader } from './schema.ts';
import type { DeletedSketch, SketchSummary } from './types.ts';

export interface SketchRecords {
  header: StoredSketchHeader;
  features: SketchFeature[];
  chunks: SketchFeature[][];
}

export interface VersionRecords {
  header: StoredVersionHeader;
  chunks: SketchFeature[][];
}

function copyFigures(target: { cachedFigures?: Record<string, number> }, figures: Readonly<Record<string, number>> | undefined): void {
  if (figures !== undefined) target.cachedFigures = { ...figures };
}

/** The records of `sketch` written as `revision` at `nowMs`. */
export function recordsOf(sketch: Omit<Sketch, 'revision' | 'updatedAtMs'>, revision: number, nowMs: number, figures?: Readonly<Record<string, number>>): SketchRecords {
  const features = sketch.features.map(sketchFeatureOf);
  const chunks = chunkFeatures(features);
  const header: StoredSketchHeader = {
    id: sketch.id, name: sketch.name, basedOn: sketch.basedOn, createdAtMs: sketch.createdAtMs, updatedAtMs: nowMs, revision,
    featuresRevision: revision, plotCount: features.length, chunkCount: chunks.length, scenes: [...sketch.scenes], thresholdPresetId: sketch.thresholdPresetId,
  };
  copyFigures(header, figures);
  return { header, features, chunks };
}

/** The records of a new sketch (revision 1). */
export function newRecords(id: string, from: NewSketch, nowMs: number): SketchRecords {
  const draft = { id, name: from.name, basedOn: from.basedOn, createdAtMs: nowMs, features: from.features, scenes: from.scenes ?? [], thresholdPresetId: from.thresholdPresetId };
  return recordsOf(draft, 1, nowMs);
}

export function sketchOf(header: StoredSketchHeader, features: SketchFeature[]): Sketch {
  return {
    id: header.id, name: header.name, basedOn: header.basedOn, createdAtMs: header.createdAtMs, updatedAtMs: header.updatedAtMs,
    revision: header.revision, features, scenes: header.scenes, thresholdPresetId: header.thresholdPresetId,
  };
}

export function summaryOf(header: StoredSketchHeader): SketchSummary {
  const { id, name, basedOn, createdAtMs, updatedAtMs, revision, plotCount, cachedFigures } = header;
  const summary: SketchSummary = { id, name, basedOn, createdAtMs, updatedAtMs, revision, plotCount };
  if (cachedFigures !== undefined) summary.cachedFigures = cachedFigures;
  return summary;
}

/** Newest change first; equal times by name, so the order is stable. */
export function byNewest(a: SketchSummary, b: SketchSummary): number {
  return b.updatedAtMs - a.updatedAtMs || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

/** A version copying the sketch `records`. */
export function versionOf(records: SketchRecords, versionId: string, kind: VersionKind, nowMs: number, figures?: Readonly<Record<string, number>>): VersionRecords {
  const { header, chunks } = records;
  const versionHeader: StoredVersionHeader = {
    sketchId: header.id, versionId, savedAtMs: nowMs, kind, sketchRevision: header.revision,
    plotCount: header.plotCount, chunkCount: chunks.length, scenes: [...header.scenes],
  };
  copyFigures(versionHeader, figures);
  return { header: versionHeader, chunks };
}

export function versionSummaryOf(header: StoredVersionHeader): SketchVersionSummary {
  const { sketchId, versionId, savedAtMs, kind, sketchRevision, plotCount, cachedFigures } = header;
  const summary: SketchVersionSummary = { sketchId, versionId, savedAtMs, kind, sketchRevision, plotCount };
  if (cachedFigures !== undefined) summary.cachedFigures = cachedFigures;
  return summary;
}

export function sketchVersionOf(header: StoredVersionHeader, features: SketchFeature[]): SketchVersion {
  return { ...versionSummaryOf(header), features, scenes: header.scenes };
}

/** Newest first, by save time then id. */
export function byNewestVersion(a: { savedAtMs: number; versionId: string }, b: { savedAtMs: number; versionId: string }): number {
  return b.savedAtMs - a.savedAtMs || b.versionId.localeCompare(a.versionId);
}

/** Auto versions beyond the newest `keep` (explicit versions are never pruned). */
export function autoVersionsToPrune(headers: readonly StoredVersionHeader[], keep: number): StoredVersionHeader[] {
  return headers.filter((h) => h.kind === 'auto').sort(byNewestVersion).slice(keep);
}

export function deletedOf(listing: { sketchId: string; name: string; deletedAtMs: number }, graceMs: number): DeletedSketch {
  return { id: listing.sketchId, name: listing.name, deletedAtMs: listing.deletedAtMs, restoreUntilMs: listing.deletedAtMs + graceMs };
}
