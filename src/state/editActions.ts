/**
 * Edit actions and their reducer: tools, snapping, picking plots, and change sets applied to
 * the plot layer with their undo history. Pure: the input state is never mutated. The engine
 * hears of each change from the edit flow (src/app/editFlow.ts), which then reports its new
 * data version with `engine-synced`.
 */
import { isEmptyChangeSet, type PlotChangeSet } from '../domain/changeSet.ts';
import { push, redo, undo } from '../domain/history.ts';
import { idsLeftBy, layerAfterChange } from './editPlots.ts';
import { initialEditState, type DraftShape, type EditNotice, type EditState, type EditTool, type FormProblem } from './editTypes.ts';
import type { AppState, Selection } from './types.ts';

export type EditAction =
  | { type: 'edit-tool-chosen'; tool: EditTool }
  | { type: 'edit-snap-toggled'; enabled: boolean }
  | { type: 'plots-picked'; ids: readonly string[] }
  | { type: 'plot-pick-toggled'; id: string }
  /** `label` names the operation in the history (draw, split, merge, move, …) */
  | { type: 'edit-applied'; label: string; change: PlotChangeSet }
  | { type: 'edit-undone' }
  | { type: 'edit-redone' }
  | { type: 'edit-refused'; notice: EditNotice }
  | { type: 'edit-notice-cleared' }
  | { type: 'draft-changed'; draft: DraftShape | null }
  | { type: 'merge-toggled'; open: boolean }
  | { type: 'form-refused'; problems: readonly FormProblem[] }
  | { type: 'engine-synced'; dataVersion: number };

const EDIT_ACTION_TYPES: ReadonlySet<string> = new Set<EditAction['type']>([
  'edit-tool-chosen', 'edit-snap-toggled', 'plots-picked', 'plot-pick-toggled', 'edit-applied', 'edit-undone',
  'edit-redone', 'edit-refused', 'edit-notice-cleared', 'draft-changed', 'merge-toggled', 'form-refused', 'engine-synced',
]);

export function isEditAction(action: { type: string }): action is EditAction {
  return EDIT_ACTION_TYPES.has(action.type);
}

function withEdit(state: AppState, patch: Partial<EditState>): AppState {
  return { ...state, edit: { ...state.edit, ...patch } };
}

/** The picked plots, and the details panel on the last one picked. */
function pick(state: AppState, ids: readonly string[]): AppState {
  const last = ids[ids.length - 1];
  const selection: Selection | null = last === undefined ? null : { kind: 'plot', id: last };
  return { ...state, selection, edit: { ...state.edit, selectedPlotIds: ids, mergeOpen: false, formProblems: [] } };
}

/** An edit of plots already picked, under the same ids (attributes, a move): the picking stays. */
function keepsPicking(state: AppState, change: PlotChangeSet): boolean {
  const picked = new Set(state.edit.selectedPlotIds);
  return change.added.length === 0 && change.removed.length === 0
    && change.changed.every(({ before, after }) => before.id === after.id && picked.has(after.id));
}

function applyChange(state: AppState, change: PlotChangeSet, history: EditState['history']): AppState {
  const plots = layerAfterChange(state.data.plots, change);
  const next = { ...state, data: { ...state.data, plots } };
  const picked = keepsPicking(state, change) ? next : pick(next, idsLeftBy(change));
  return withEdit(picked, { history, lastEditedIds: idsLeftBy(change), notice: null, draft: null, formProblems: [] });
}

export function reduceEdit(state: AppState, action: EditAction): AppState {
  const edit = state.edit;
  switch (action.type) {
    case 'edit-tool-chosen':
      return withEdit(state, { tool: action.tool, draft: null, notice: null, mergeOpen: false });
    case 'edit-snap-toggled':
      return withEdit(state, { snapEnabled: action.enabled });
    case 'plots-picked':
      return pick(state, action.ids);
    case 'plot-pick-toggled': {
      const has = edit.selectedPlotIds.includes(action.id);
      return pick(state, has ? edit.selectedPlotIds.filter((id) => id !== action.id) : [...edit.selectedPlotIds, action.id]);
    }
    case 'edit-applied':
      if (isEmptyChangeSet(action.change)) return state;
      return applyChange(state, action.change, push(edit.history, action.label, action.change));
    case 'edit-undone': {
      const step = undo(edit.history);
      return step === null ? state : applyChange(state, step.change, step.history);
    }
    case 'edit-redone': {
      const step = redo(edit.history);
      return step === null ? state : applyChange(state, step.change, step.history);
    }
    case 'edit-refused':
      return withEdit(state, { notice: action.notice });
    case 'edit-notice-cleared':
      return withEdit(state, { notice: null });
    case 'draft-changed':
      return withEdit(state, { draft: action.draft });
    case 'merge-toggled':
      return withEdit(state, { mergeOpen: action.open });
    case 'form-refused':
      return withEdit(state, { formProblems: action.problems });
    case 'engine-synced':
      return { ...state, dataVersion: action.dataVersion };
  }
}

/** After a new plot file: the history spoke of plots that are gone; the tool and snapping stay. */
export function editAfterPlotsReplaced(edit: EditState): EditState {
  return { ...initialEditState(), tool: edit.tool, snapEnabled: edit.snapEnabled };
}
