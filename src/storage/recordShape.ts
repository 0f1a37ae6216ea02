/**
 * Checks of records read back from IndexedDB. A record written by an older program, edited by
 * hand in devtools or damaged on disk is named with the first wrong field, so that the caller
 * can set it aside (quarantine.ts) instead of crashing or silently overwriting it.
 */
import type { Scene, SketchFeature, VersionKind } from '../domain/sketch.ts';
import { isPlainRecord, readScene, sketchFeatureProblem } from '../domain/sketchShape.ts';
import type { QuarantineReason, StoredSketchHeader, StoredVersionHeader } from './schema.ts';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: QuarantineReason; detail: string };

const wrong = (detail: string): { ok: false; reason: QuarantineReason; detail: string } => ({ ok: false, reason: 'wrong-shape', detail });

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRevision = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1;

export function checkScenes(value: unknown): Checked<Scene[]> {
  if (!Array.isArray(value)) return wrong('scenes');
  const scenes: Scene[] = [];
  for (const [index, item] of value.entries()) {
    const reading = readScene(item);
    if (!reading.ok) return wrong(`scenes[${index}].${reading.field}`);
    scenes.push(reading.scene);
  }
  return { ok: true, value: scenes };
}

export function checkFeatureList(value: unknown): Checked<SketchFeature[]> {
  if (!Array.isArray(value)) return { ok: false, reason: 'missing-features', detail: 'features' };
  for (const [index, item] of value.entries()) {
    const problem = sketchFeatureProblem(item);
    if (problem !== null) return wrong(`features[${index}].${problem}`);
  }
  return { ok: true, value: value as SketchFeature[] };
}

export function checkFigures(value: unknown): value is Record<string, number> {
  return isPlainRecord(value) && Object.values(value).every(isTime);
}

/** A v2 sketch header (also the header part of a v1 sketch record). */
export function checkSketchHeader(value: unknown): Checked<StoredSketchHeader> {
  if (!isPlainRecord(value)) return wrong('record');
  const { id, name, basedOn, createdAtMs, updatedAtMs, revision, featuresRevision, plotCount, chunkCount, thresholdPresetId, cachedFigures } = value;
  if (typeof id !== 'string' || id === '') return wrong('id');
  if (typeof name !== 'string') return wrong('name');
  if (typeof basedOn !== 'string') return wrong('basedOn');
  if (!isTime(createdAtMs)) return wrong('createdAtMs');
  if (!isTime(updatedAtMs)) return wrong('updatedAtMs');
  if (!isRevision(revision)) return wrong('revision');
  if (!isRevision(featuresRevision) || featuresRevision > revision) return wrong('featuresRevision');
  if (!isCount(plotCount)) return wrong('plotCount');
  if (!isCount(chunkCount) || chunkCount > plotCount || (plotCount > 0 && chunkCount === 0)) return wrong('chunkCount');
  if (typeof thresholdPresetId !== 'string') return wrong('thresholdPresetId');
  if (cachedFigures !== undefined && !checkFigures(cachedFigures)) return wrong('cachedFigures');
  const scenes = checkScenes(value.scenes);
  if (!scenes.ok) return scenes;
  const header: StoredSketchHeader = {
    id, name, basedOn, createdAtMs, updatedAtMs, revision, featuresRevision, plotCount, chunkCount, scenes: scenes.value, thresholdPresetId,
  };
  if (cachedFigures !== undefined) header.cachedFigures = cachedFigures;
  return { ok: true, value: header };
}

export interface ChunkOwner {
  sketchId: string;
  /** for version chunks */
  versionId?: string;
  /** for sketch chunks: the header's featuresRevision */
  revision?: number;
  chunkCount: number;
  plotCount: number;
}

/** The plots of `owner` from its chunks as read: each in place, of the right revision, all there. */
export function checkChunks(raw: readonly unknown[], owner: ChunkOwner): Checked<SketchFeature[]> {
  if (raw.length !== owner.chunkCount) return { ok: false, reason: 'missing-features', detail: `${raw.length} of ${owner.chunkCount} plot chunks` };
  const features: SketchFeature[] = [];
  for (const [index, chunk] of raw.entries()) {
    if (chunk === undefined) return { ok: false, reason: 'missing-features', detail: `plot chunk ${index} is missing` };
    if (!isPlainRecord(chunk)) return wrong(`chunks[${index}]`);
    const sameOwner = chunk.sketchId === owner.sketchId && chunk.chunk === index && (owner.versionId === undefined || chunk.versionId === owner.versionId);
    if (!sameOwner || (owner.revision !== undefined && chunk.revision !== owner.revision)) {
      return { ok: false, reason: 'features-mismatch', detail: `plot chunk ${index} is of revision ${String(chunk.revision)}, expected ${String(owner.revision)}` };
    }
    const list = checkFeatureList(chunk.features);
    if (!list.ok) return { ...list, detail: `chunks[${index}].${list.detail}` };
    features.push(...list.value);
  }
  if (features.length !== owner.plotCount) return { ok: false, reason: 'features-mismatch', detail: `${features.length} plots stored, ${owner.plotCount} expected` };
  return { ok: true, value: features };
}

const VERSION_KINDS: readonly VersionKind[] = ['explicit', 'auto'];

export function checkVersionHeader(value: unknown): Checked<StoredVersionHeader> {
  if (!isPlainRecord(value)) return wrong('record');
  const { sketchId, versionId, savedAtMs, kind, sketchRevision, plotCount, chunkCount, cachedFigures } = value;
  if (typeof sketchId !== 'string' || typeof versionId !== 'string') return wrong('key');
  if (!isTime(savedAtMs)) return wrong('savedAtMs');
  if (!VERSION_KINDS.includes(kind as VersionKind)) return wrong('kind');
  if (sketchRevision !== null && !isRevision(sketchRevision)) return wrong('sketchRevision');
  if (!isCount(plotCount)) return wrong('plotCount');
  if (!isCount(chunkCount) || chunkCount > plotCount) return wrong('chunkCount');
  if (cachedFigures !== undefined && !checkFigures(cachedFigures)) return wrong('cachedFigures');
  let scenes: Scene[] | null = null;
  if (value.scenes !== null) {
    const checked = checkScenes(value.scenes);
    if (!checked.ok) return checked;
    scenes = checked.value;
  }
  const header: StoredVersionHeader = { sketchId, versionId, savedAtMs, kind: kind as VersionKind, sketchRevision, plotCount, chunkCount, scenes };
  if (cachedFigures !== undefined) header.cachedFigures = cachedFigures;
  return { ok: true, value: header };
}
