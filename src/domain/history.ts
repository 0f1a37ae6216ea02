/**
 * The undo/redo history of plot edits: a bounded stack of labelled change sets, immutable
 * (every function returns a new history; the old one stays valid, so a store can hold it).
 *
 * `push` records a change that has just been applied and drops the redo branch. `undo` gives
 * the change to apply to go back (the inverse of the last one) and the history after it; `redo`
 * gives the change to apply again. Beyond `limit` entries the oldest are forgotten.
 *
 * @example
 *   let history = createHistory();
 *   history = push(history, 'split', change);         // after applying `change`
 *   const step = undo(history);                       // step.change = invertChangeSet(change)
 *   if (step) { plots = applyChangeSet(plots, step.change); history = step.history; }
 */
import type { PlotChangeSet } from './changeSet.ts';
import { invertChangeSet, isEmptyChangeSet } from './changeSet.ts';

export const DEFAULT_HISTORY_LIMIT = 200;

export interface HistoryEntry {
  /** what the operation was, for the UI ("split", "merge", "move", …) */
  label: string;
  change: PlotChangeSet;
}

export interface EditHistory {
  /** applied entries, oldest first */
  readonly past: readonly HistoryEntry[];
  /** undone entries, the next to redo first */
  readonly future: readonly HistoryEntry[];
  readonly limit: number;
}

/** What to apply for an undo or a redo, and the history once it is applied. */
export interface HistoryStep {
  history: EditHistory;
  label: string;
  change: PlotChangeSet;
}

export function createHistory(limit = DEFAULT_HISTORY_LIMIT): EditHistory {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`createHistory: limit must be a whole number ≥ 1, got ${limit}`);
  return { past: [], future: [], limit };
}

/** Records an applied change; an empty change is not recorded (the history is returned as is). */
export function push(history: EditHistory, label: string, change: PlotChangeSet): EditHistory {
  if (isEmptyChangeSet(change)) return history;
  const past = [...history.past, { label, change }];
  const start = Math.max(0, past.length - history.limit);
  return { past: start > 0 ? past.slice(start) : past, future: [], limit: history.limit };
}

export function canUndo(history: EditHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: EditHistory): boolean {
  return history.future.length > 0;
}

/** The change that undoes the last entry, or null when there is nothing to undo. */
export function undo(history: EditHistory): HistoryStep | null {
  const last = history.past[history.past.length - 1];
  if (last === undefined) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [last, ...history.future], limit: history.limit },
    label: last.label,
    change: invertChangeSet(last.change),
  };
}

/** The change that redoes the last undone entry, or null when there is nothing to redo. */
export function redo(history: EditHistory): HistoryStep | null {
  const next = history.future[0];
  if (next === undefined) return null;
  return {
    history: { past: [...history.past, next], future: history.future.slice(1), limit: history.limit },
    label: next.label,
    change: next.change,
  };
}

/** The label of the entry an undo (or a redo) would act on, for tooltips; null when none. */
export function undoLabel(history: EditHistory): string | null {
  return history.past[history.past.length - 1]?.label ?? null;
}

export function redoLabel(history: EditHistory): string | null {
  return history.future[0]?.label ?? null;
}
