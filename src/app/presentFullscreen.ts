/**
 * Full screen for Present mode: asked for in the click that enters the mode (browsers require a
 * user gesture). When the browser refuses, or has no Fullscreen API, the page fills the window
 * instead and says so. Leaving full screen (Esc, F11) leaves Present mode.
 */
import type { Store } from '../state/store.ts';

export function enterFullscreen(store: Store): void {
  const root = document.documentElement;
  if (document.fullscreenElement !== null) {
    store.dispatch({ type: 'present-fullscreen-changed', status: 'on' });
    return;
  }
  if (typeof root.requestFullscreen !== 'function') {
    store.dispatch({ type: 'present-fullscreen-changed', status: 'refused' });
    return;
  }
  root.requestFullscreen({ navigationUI: 'hide' }).then(
    () => store.dispatch({ type: 'present-fullscreen-changed', status: 'on' }),
    (error: unknown) => {
      console.info('ParkZone: full screen refused, the page fills the window instead', error);
      store.dispatch({ type: 'present-fullscreen-changed', status: 'refused' });
    },
  );
}

/** Leaves full screen if the page holds it. */
export function leaveFullscreen(store: Store): void {
  store.dispatch({ type: 'present-fullscreen-changed', status: 'off' });
  if (document.fullscreenElement !== null && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch((error: unknown) => console.info('ParkZone: leaving full screen failed', error));
  }
}

/** The browser left full screen while presenting (Esc, F11): Present mode ends too. */
export function bindFullscreenExit(store: Store): () => void {
  const onChange = (): void => {
    const state = store.getState();
    if (document.fullscreenElement !== null || state.present.fullscreen !== 'on') return;
    store.dispatch({ type: 'present-fullscreen-changed', status: 'off' });
    if (state.mode === 'present') store.dispatch({ type: 'mode-chosen', mode: 'plan' });
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
