/**
 * The sketch part of the UI state: which sketch is open, whether its plots are saved, what the
 * planner is looking at (the sketch list, the versions) and what went wrong with storage. The
 * sketches themselves live in storage; the composition root (src/app/sketch*.ts) keeps this in
 * step. Key numbers in the lists are caches given at save time, never recomputed here.
 */
import type { ImportReport } from './engineProtocol.ts';

/** `off`: nothing can be saved (no storage, or another tab took over); the plots live in memory. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'off';

export interface SketchEntry {
  id: string;
  name: string;
  updatedAtMs: number;
  plotCount: number;
  /** the zone's supply ratio (土地供应率) at the last save; null when not known */
  occupancyRatio: number | null;
}

export interface VersionEntry {
  versionId: string;
  savedAtMs: number;
  kind: 'explicit' | 'auto';
  plotCount: number;
  occupancyRatio: number | null;
}

export interface DeletedEntry {
  id: string;
  name: string;
  restoreUntilMs: number;
}

/** A sentence in both languages (a storage reason, an import problem). */
export interface SketchText {
  messageZh: string;
  messageEn: string;
}

/** The last imported sketch file: its name, and the report as the import dialog shows it. */
export interface SketchImportView {
  fileName: string;
  step: 'checking' | 'done' | 'refused';
  report: ImportReport | null;
  /** problems with the file's sketch metadata, or why it is not a sketch file */
  notes: readonly SketchText[];
}

export type SketchPanel = 'sketches' | 'versions' | null;

export interface SketchState {
  /** `opening` until the last sketch is open (or the first one is made) */
  phase: 'opening' | 'ready';
  current: { id: string; name: string } | null;
  saveStatus: SaveStatus;
  /** why the last write failed: the disk is full, or another error */
  saveFailure: 'quota' | 'write-failed' | null;
  /** another tab saved this sketch while this one had unsaved changes: the planner chooses */
  conflict: boolean;
  /** storage cannot be used at all: the reason, shown as it is */
  unavailable: SketchText | null;
  /** a newer ParkZone opened in another tab: this one stopped writing */
  reloadNeeded: boolean;
  panel: SketchPanel;
  sketches: readonly SketchEntry[];
  deleted: readonly DeletedEntry[];
  /** stored records that could not be read: set aside by storage, never overwritten */
  setAsideCount: number;
  versions: readonly VersionEntry[];
  importView: SketchImportView | null;
  /** the one-time tip to export as a backup, with what the browser said about persistence */
  backupTip: { persisted: boolean } | null;
  /** the sketch just deleted, while its deletion can be undone from the banner */
  justDeleted: DeletedEntry | null;
}

export function initialSketchState(): SketchState {
  return {
    phase: 'opening', current: null, saveStatus: 'saved', saveFailure: null, conflict: false, unavailable: null,
    reloadNeeded: false, panel: null, sketches: [], deleted: [], setAsideCount: 0, versions: [], importView: null, backupTip: null, justDeleted: null,
  };
}
