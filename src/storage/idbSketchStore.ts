/**
 * The sketch store on IndexedDB: the repository operations over one connection. When another
 * tab opens a newer schema (`versionchange`) the connection closes itself, every later call
 * answers `closed`, and `onReloadNeeded` listeners are told once, so the UI can ask to reload.
 */
import type { NewSketch, Sketch } from '../domain/sketch.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { ChangeChannel } from './changeChannel.ts';
import type { IdbContext } from './idbContext.ts';
import * as meta from './idbMeta.ts';
import { getSketch, listSketches } from './idbSketchReads.ts';
import { createSketch, duplicateSketch, renameSketch, saveSketch } from './idbSketchWrites.ts';
import { deleteSketch, listDeleted, purgeExpiredTrash, restoreDeleted } from './idbTrash.ts';
import { getVersion, listVersions, saveVersion } from './idbVersions.ts';
import type { PersistenceApi } from './persistence.ts';
import { requestPersistence } from './persistence.ts';
import type { Database } from './transaction.ts';
import type { ClosedReason, ExternalChange, PersistenceResult, SaveOptions, SketchStore, VersionOptions } from './types.ts';

/** Whether the connection is usable; shared with the open callbacks that may close it. */
export class ConnectionState {
  reason: ClosedReason | null = null;
  readonly listeners = new Set<(reason: ClosedReason) => void>();

  /** Marks the connection closed; listeners hear of it unless the app closed it itself. */
  close(reason: ClosedReason): void {
    if (this.reason !== null) return;
    this.reason = reason;
    if (reason !== 'closed-by-app') for (const listener of this.listeners) listener(reason);
  }
}

export interface IdbStoreSettings {
  now: () => number;
  trashGraceMs: number;
  maxAutoVersions: number;
  channel: ChangeChannel;
  persistenceApi: PersistenceApi | null;
}

export class IdbSketchStore implements SketchStore {
  readonly persistent = true;
  private readonly ctx: IdbContext;

  constructor(private readonly db: Database, private readonly state: ConnectionState, private readonly settings: IdbStoreSettings) {
    this.ctx = {
      db, now: settings.now, trashGraceMs: settings.trashGraceMs, maxAutoVersions: settings.maxAutoVersions,
      channel: settings.channel, closed: () => state.reason,
    };
    state.listeners.add(() => settings.channel.close());
  }

  /** Housekeeping on open; if it fails, expired entries simply wait for the next open. */
  purgeExpiredTrash() { return purgeExpiredTrash(this.ctx); }

  list() { return listSketches(this.ctx); }
  get(id: string) { return getSketch(this.ctx, id); }
  create(from: NewSketch) { return createSketch(this.ctx, from); }
  save(sketch: Sketch, expectedRevision: number, options?: SaveOptions) { return saveSketch(this.ctx, sketch, expectedRevision, options); }
  rename(id: string, name: string) { return renameSketch(this.ctx, id, name); }
  duplicate(id: string, name: string) { return duplicateSketch(this.ctx, id, name); }
  delete(id: string) { return deleteSketch(this.ctx, id); }
  restoreDeleted(id: string) { return restoreDeleted(this.ctx, id); }
  listDeleted() { return listDeleted(this.ctx); }
  saveVersion(sketch: Sketch, options: VersionOptions) { return saveVersion(this.ctx, sketch, options); }
  listVersions(sketchId: string) { return listVersions(this.ctx, sketchId); }
  getVersion(sketchId: string, versionId: string) { return getVersion(this.ctx, sketchId, versionId); }
  setLastOpened(sketchId: string | null) { return meta.setLastOpened(this.ctx, sketchId); }
  getLastOpened() { return meta.getLastOpened(this.ctx); }
  getPresets() { return meta.getPresets(this.ctx); }
  setPresets(presets: readonly ThresholdPreset[]) { return meta.setPresets(this.ctx, presets); }
  getQuarantined(quarantineId: string) { return meta.getQuarantined(this.ctx, quarantineId); }
  discardQuarantined(quarantineId: string) { return meta.discardQuarantined(this.ctx, quarantineId); }

  requestPersistence(): Promise<PersistenceResult> {
    return requestPersistence(this.settings.persistenceApi);
  }

  onExternalChange(callback: (change: ExternalChange) => void): () => void {
    return this.settings.channel.subscribe(callback);
  }

  onReloadNeeded(callback: (reason: ClosedReason) => void): () => void {
    if (this.state.reason !== null && this.state.reason !== 'closed-by-app') queueMicrotask(() => callback(this.state.reason ?? 'closed-by-app'));
    this.state.listeners.add(callback);
    return () => this.state.listeners.delete(callback);
  }

  close(): void {
    if (this.state.reason === null) this.db.close();
    this.state.close('closed-by-app');
    this.settings.channel.close();
  }
}
