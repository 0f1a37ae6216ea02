/**
 * The presenter's keys in Present mode: what clickers send (Page Down / Page Up), arrows and
 * Space step through the scenes, Home / End jump to the first / last, Esc leaves. Caught before
 * the map sees them (the map would pan on arrows), and not while typing in a field.
 */
import type { Store } from '../state/store.ts';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function bindPresentKeys(store: Store, leave: () => void): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const state = store.getState();
    if (state.mode !== 'present' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
    const count = state.present.scenes.length;
    if (NEXT.has(event.key)) store.dispatch({ type: 'present-stepped', step: 1 });
    else if (PREVIOUS.has(event.key)) store.dispatch({ type: 'present-stepped', step: -1 });
    else if (event.key === 'Home' && count > 0) store.dispatch({ type: 'present-scene-shown', index: 0 });
    else if (event.key === 'End' && count > 0) store.dispatch({ type: 'present-scene-shown', index: count - 1 });
    else if (event.key === 'Escape') leave();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
