import { reduce, type Action } from './actions.ts';
import type { AppState } from './types.ts';

export type Listener = (state: AppState, previous: AppState) => void;

/** The one store of the app: state changes only through `dispatch`. */
export interface Store {
  getState(): AppState;
  dispatch(action: Action): void;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = reduce(state, action);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
