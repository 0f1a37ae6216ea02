/**
 * The fallback when IndexedDB cannot be used (private window, storage disabled, a newer version
 * elsewhere): the same repository in memory, with the same revisions, conflicts, trash and
 * versions, so the app works unchanged — but `persistent: false` and a reason the UI shows.
 * Values are copied in and out (structuredClone), as IndexedDB would.
 */
import type { NewSketch, Sketch, SketchFeature, SketchVersionSummary } from '../domain/sketch.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { newSketchId, newVersionId } from './ids.ts';
import { assertFigures, assertNewSketch, assertRevision, assertSketch } from './inputs.ts';
import type { SketchRecords } from './records.ts';
import { autoVersionsToPrune, byNewest, byNewestVersion, deletedOf, newRecords, recordsOf, sketchOf, sketchVersionOf, summaryOf, versionOf, versionSummaryOf } from './records.ts';
import type { StoredVersionHeader } from './schema.ts';
import type {
  DeleteResult, DoneResult, GetResult, ListResult, PersistenceResult, RenameResult, RestoreResult, SaveOptions, SaveResult,
  SketchWriteResult, UnavailableReason, UnavailableStore, ValueResult, VersionGetResult, VersionListResult, VersionOptions, VersionSaveResult, DeletedSketch,
} from './types.ts';

export interface MemoryStoreSettings {
  now: () => number;
  trashGraceMs: number;
  maxAutoVersions: number;
}

interface MemoryVersion {
  header: StoredVersionHeader;
  features: SketchFeature[];
}

interface MemoryTrash {
  deletedAtMs: number;
  records: SketchRecords;
  versions: MemoryVersion[];
}

export class MemorySketchStore implements UnavailableStore {
  readonly persistent = false;
  private readonly sketches = new Map<string, SketchRecords>();
  private readonly versions = new Map<string, MemoryVersion[]>();
  private readonly trash = new Map<string, MemoryTrash>();
  private lastOpened: string | null = null;
  private presets: ThresholdPreset[] = [];

  constructor(readonly reason: UnavailableReason, private readonly settings: MemoryStoreSettings) {}

  async list(): Promise<ListResult> {
    const sketches = [...this.sketches.values()].map((r) => summaryOf(r.header)).sort(byNewest);
    return { ok: true, sketches: structuredClone(sketches), quarantined: [] };
  }

  async get(id: string): Promise<GetResult> {
    const records = this.sketches.get(id);
    return records === undefined ? { ok: false, kind: 'not-found', id } : { ok: true, sketch: structuredClone(sketchOf(records.header, records.features)) };
  }

  async create(from: NewSketch): Promise<SketchWriteResult> {
    assertNewSketch(from, 'create');
    const records = structuredClone(newRecords(newSketchId(), from, this.settings.now()));
    this.sketches.set(records.header.id, records);
    return { ok: true, sketch: structuredClone(sketchOf(records.header, records.features)) };
  }

  async save(sketch: Sketch, expectedRevision: number, options: SaveOptions = {}): Promise<SaveResult> {
    assertSketch(sketch, 'save');
    assertRevision(expectedRevision, 'save');
    assertFigures(options.cachedFigures, 'save');
    const stored = this.sketches.get(sketch.id);
    if (stored === undefined) return { ok: false, kind: 'not-found', id: sketch.id };
    if (stored.header.revision !== expectedRevision) return { ok: false, kind: 'conflict', latest: structuredClone(sketchOf(stored.header, stored.features)) };
    const records = structuredClone(recordsOf(sketch, stored.header.revision + 1, this.settings.now(), options.cachedFigures));
    this.sketches.set(sketch.id, records);
    const version = options.keepVersion === undefined ? null : this.keepVersion(records, { kind: options.keepVersion, cachedFigures: options.cachedFigures });
    return { ok: true, sketch: structuredClone(sketchOf(records.header, records.features)), setAside: [], version };
  }

  async rename(id: string, name: string): Promise<RenameResult> {
    if (typeof name !== 'string') throw new TypeError('rename: name must be text');
    const stored = this.sketches.get(id);
    if (stored === undefined) return { ok: false, kind: 'not-found', id };
    stored.header = { ...stored.header, name, revision: stored.header.revision + 1, updatedAtMs: this.settings.now() };
    return { ok: true, summary: summaryOf(structuredClone(stored.header)) };
  }

  async duplicate(id: string, name: string): Promise<SketchWriteResult> {
    const stored = this.sketches.get(id);
    if (stored === undefined) return { ok: false, kind: 'not-found', id };
    return this.create({ ...sketchOf(stored.header, stored.features), name });
  }

  async delete(id: string): Promise<DeleteResult> {
    const stored = this.sketches.get(id);
    if (stored === undefined) return { ok: false, kind: 'not-found', id };
    const deletedAtMs = this.settings.now();
    this.trash.set(id, { deletedAtMs, records: stored, versions: this.versions.get(id) ?? [] });
    this.sketches.delete(id);
    this.versions.delete(id);
    if (this.lastOpened === id) this.lastOpened = null;
    return { ok: true, restoreUntilMs: deletedAtMs + this.settings.trashGraceMs };
  }

  async restoreDeleted(id: string): Promise<RestoreResult> {
    const entry = this.trash.get(id);
    if (entry === undefined || entry.deletedAtMs + this.settings.trashGraceMs <= this.settings.now()) return { ok: false, kind: 'not-found', id };
    if (this.sketches.has(id)) return { ok: false, kind: 'id-taken', id };
    const header = { ...entry.records.header, revision: entry.records.header.revision + 1, updatedAtMs: this.settings.now() };
    this.sketches.set(id, { ...entry.records, header });
    this.versions.set(id, entry.versions);
    this.trash.delete(id);
    return { ok: true, summary: summaryOf(structuredClone(header)) };
  }

  async listDeleted(): Promise<ValueResult<DeletedSketch[]>> {
    const nowMs = this.settings.now();
    const deleted = [...this.trash.values()]
      .map((t) => deletedOf({ sketchId: t.records.header.id, name: t.records.header.name, deletedAtMs: t.deletedAtMs }, this.settings.trashGraceMs))
      .filter((d) => d.restoreUntilMs > nowMs);
    return { ok: true, value: deleted.sort((a, b) => b.deletedAtMs - a.deletedAtMs) };
  }

  private keepVersion(records: SketchRecords, options: VersionOptions): SketchVersionSummary {
    const nowMs = this.settings.now();
    const { header } = versionOf(records, newVersionId(nowMs), options.kind, nowMs, options.cachedFigures);
    const list = [...(this.versions.get(records.header.id) ?? []), structuredClone({ header, features: records.features })];
    const pruned = new Set(autoVersionsToPrune(list.map((v) => v.header), this.settings.maxAutoVersions).map((h) => h.versionId));
    this.versions.set(records.header.id, list.filter((v) => !pruned.has(v.header.versionId)));
    return versionSummaryOf(header);
  }

  async saveVersion(sketch: Sketch, options: VersionOptions): Promise<VersionSaveResult> {
    const stored = this.sketches.get(sketch.id);
    if (stored === undefined) return { ok: false, kind: 'not-found', id: sketch.id };
    if (stored.header.revision !== sketch.revision) return { ok: false, kind: 'stale', storedRevision: stored.header.revision };
    return { ok: true, version: this.keepVersion(recordsOf(sketch, stored.header.revision, stored.header.updatedAtMs), options) };
  }

  async listVersions(sketchId: string): Promise<VersionListResult> {
    const versions = (this.versions.get(sketchId) ?? []).map((v) => versionSummaryOf(v.header));
    versions.sort(byNewestVersion);
    return { ok: true, versions: structuredClone(versions), quarantined: [] };
  }

  async getVersion(sketchId: string, versionId: string): Promise<VersionGetResult> {
    const version = (this.versions.get(sketchId) ?? []).find((v) => v.header.versionId === versionId);
    return version === undefined ? { ok: false, kind: 'not-found', id: versionId } : { ok: true, version: structuredClone(sketchVersionOf(version.header, version.features)) };
  }

  async setLastOpened(sketchId: string | null): Promise<DoneResult> {
    this.lastOpened = sketchId;
    return { ok: true };
  }

  async getLastOpened(): Promise<ValueResult<string | null>> {
    if (this.lastOpened !== null && this.sketches.has(this.lastOpened)) return { ok: true, value: this.lastOpened };
    const newest = [...this.sketches.values()].map((r) => summaryOf(r.header)).sort(byNewest)[0];
    return { ok: true, value: newest?.id ?? null };
  }

  async getPresets(): Promise<ValueResult<ThresholdPreset[]>> {
    return { ok: true, value: structuredClone(this.presets) };
  }

  async setPresets(presets: readonly ThresholdPreset[]): Promise<DoneResult> {
    this.presets = structuredClone([...presets]);
    return { ok: true };
  }

  async getQuarantined(): Promise<ValueResult<unknown>> {
    return { ok: true, value: undefined };
  }

  async discardQuarantined(): Promise<DoneResult> {
    return { ok: true };
  }

  async requestPersistence(): Promise<PersistenceResult> {
    return { kind: 'unsupported' };
  }

  onExternalChange(): () => void {
    return () => undefined;
  }

  onReloadNeeded(): () => void {
    return () => undefined;
  }

  /** Nothing to release; the sketches stay until the page goes (they were never saved). */
  close(): void {
    return undefined;
  }
}
