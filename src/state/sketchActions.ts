/**
 * Sketch actions and their reducer. Pure: the input state is never mutated. Storage is driven
 * by the composition root (src/app/sketchSession.ts), which reports what happened here.
 */
import type { AppState } from './types.ts';
import type {
  DeletedEntry, SaveStatus, SketchEntry, SketchImportView, SketchPanel, SketchState, SketchText, VersionEntry,
} from './sketchTypes.ts';

export type SketchAction =
  | { type: 'sketch-opened'; id: string; name: string }
  | { type: 'sketch-renamed'; id: string; name: string }
  | { type: 'sketch-save-status'; status: SaveStatus; failure?: 'quota' | 'write-failed' | null }
  | { type: 'sketch-conflict-found'; conflict: boolean }
  | { type: 'sketch-storage-unavailable'; reason: SketchText }
  | { type: 'sketch-reload-needed' }
  | { type: 'sketch-panel-toggled'; panel: SketchPanel }
  | { type: 'sketch-list-loaded'; sketches: readonly SketchEntry[]; deleted: readonly DeletedEntry[]; setAsideCount: number }
  | { type: 'sketch-versions-loaded'; versions: readonly VersionEntry[] }
  | { type: 'sketch-import-shown'; view: SketchImportView | null }
  | { type: 'sketch-backup-tip'; tip: { persisted: boolean } | null }
  | { type: 'sketch-deleted'; entry: DeletedEntry | null };

const SKETCH_ACTION_TYPES: ReadonlySet<string> = new Set<SketchAction['type']>([
  'sketch-opened', 'sketch-renamed', 'sketch-save-status', 'sketch-conflict-found', 'sketch-storage-unavailable',
  'sketch-reload-needed', 'sketch-panel-toggled', 'sketch-list-loaded', 'sketch-versions-loaded', 'sketch-import-shown',
  'sketch-backup-tip', 'sketch-deleted',
]);

export function isSketchAction(action: { type: string }): action is SketchAction {
  return SKETCH_ACTION_TYPES.has(action.type);
}

function patchOf(sketch: SketchState, action: SketchAction): Partial<SketchState> | null {
  switch (action.type) {
    case 'sketch-opened':
      return { phase: 'ready', current: { id: action.id, name: action.name }, conflict: false, versions: [] };
    case 'sketch-renamed':
      return sketch.current?.id === action.id ? { current: { id: action.id, name: action.name } } : null;
    case 'sketch-save-status': {
      if (sketch.saveStatus === 'off') return null;
      const failure = action.status === 'failed' ? action.failure ?? 'write-failed' : action.status === 'saved' ? null : sketch.saveFailure;
      return { saveStatus: action.status, saveFailure: failure };
    }
    case 'sketch-conflict-found':
      return { conflict: action.conflict };
    case 'sketch-storage-unavailable':
      return { unavailable: action.reason, saveStatus: 'off', saveFailure: null };
    case 'sketch-reload-needed':
      return { reloadNeeded: true, saveStatus: 'off', saveFailure: null, conflict: false };
    case 'sketch-panel-toggled':
      return { panel: action.panel, importView: action.panel === 'sketches' ? sketch.importView : null };
    case 'sketch-list-loaded':
      return { sketches: action.sketches, deleted: action.deleted, setAsideCount: action.setAsideCount };
    case 'sketch-versions-loaded':
      return { versions: action.versions };
    case 'sketch-import-shown':
      return { importView: action.view };
    case 'sketch-backup-tip':
      return { backupTip: action.tip };
    case 'sketch-deleted':
      return { justDeleted: action.entry };
  }
}

export function reduceSketch(state: AppState, action: SketchAction): AppState {
  const patch = patchOf(state.sketch, action);
  return patch === null ? state : { ...state, sketch: { ...state.sketch, ...patch } };
}
