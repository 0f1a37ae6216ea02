import type { Plot } from './plot.ts';

/**
 * The result of one edit operation on the plots (draw, move, split, merge, trim, delete,
 * re-attribute): what was added, removed and changed, in full, so that it can be applied,
 * undone (inverted) and stored. Operations are pure functions returning a change set.
 */
export interface PlotChangeSet {
  added: readonly Plot[];
  removed: readonly Plot[];
  changed: readonly { before: Plot; after: Plot }[];
}

export const EMPTY_CHANGE_SET: PlotChangeSet = { added: [], removed: [], changed: [] };

export function isEmptyChangeSet(change: PlotChangeSet): boolean {
  return change.added.length === 0 && change.removed.length === 0 && change.changed.length === 0;
}

/** The change that undoes `change`. */
export function invertChangeSet(change: PlotChangeSet): PlotChangeSet {
  return {
    added: change.removed,
    removed: change.added,
    changed: change.changed.map(({ before, after }) => ({ before: after, after: before })),
  };
}

/** Applies a change to plots keyed by id; returns a new map, the input is not modified. */
export function applyChangeSet(plots: ReadonlyMap<string, Plot>, change: PlotChangeSet): Map<string, Plot> {
  const next = new Map(plots);
  for (const plot of change.removed) next.delete(plot.id);
  for (const { before, after } of change.changed) {
    if (before.id !== after.id) next.delete(before.id);
    next.set(after.id, after);
  }
  for (const plot of change.added) next.set(plot.id, plot);
  return next;
}
