/**
 * Actions of Review mode's comparison, and their reducer.
 */
import { initialCompareState, type CompareState } from './compareTypes.ts';
import type { AppState } from './types.ts';

export type CompareAction =
  | { type: 'compare-chosen'; beforeId: string; afterId: string; areaId: string }
  | { type: 'compare-sketches-listed'; sketches: CompareState['sketches'] };

export function isCompareAction(action: { type: string }): action is CompareAction {
  return action.type === 'compare-chosen' || action.type === 'compare-sketches-listed';
}

const FALLBACK = initialCompareState();

/** The comparison state (absent in states built before it existed, e.g. by older tests). */
export function compareOf(state: AppState): CompareState {
  return state.compare ?? FALLBACK;
}

export function reduceCompare(state: AppState, action: CompareAction): AppState {
  const compare = compareOf(state);
  switch (action.type) {
    case 'compare-chosen':
      return { ...state, compare: { ...compare, beforeId: action.beforeId, afterId: action.afterId, areaId: action.areaId } };
    case 'compare-sketches-listed':
      return { ...state, compare: { ...compare, sketches: action.sketches } };
  }
}
