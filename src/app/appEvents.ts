/**
 * Component events → store actions (and the import flow), and drag-and-drop of files onto the
 * page. Handlers only dispatch; figures come from selectors.
 */
import type { AppController } from './appController.ts';
import { cancelImport, checkFile, confirmImport, guessKind } from './importFlow.ts';
import { saveBasemapUrl } from './settings.ts';

type Unbind = () => void;

function on<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): Unbind {
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

function bindComponentEvents(host: HTMLElement, controller: AppController): Unbind[] {
  const { store } = controller;
  const withEngine = (run: (engine: NonNullable<AppController['engine']>) => Promise<void>): void => {
    if (controller.engine) run(controller.engine).catch((error: unknown) => console.error('ParkZone: opening data failed', error));
  };
  return [
    on(host, 'pz-lang-chosen', (e) => store.dispatch({ type: 'lang-chosen', lang: e.detail.lang })),
    on(host, 'pz-mode-chosen', (e) => store.dispatch({ type: 'mode-chosen', mode: e.detail.mode })),
    on(host, 'pz-theme-chosen', (e) => store.dispatch({ type: 'theme-chosen', theme: e.detail.theme })),
    on(host, 'pz-layer-toggled', (e) => store.dispatch({ type: 'layer-toggled', layer: e.detail.layer, visible: e.detail.visible })),
    on(host, 'pz-plot-selected', (e) => store.dispatch({ type: 'selected', selection: { kind: 'plot', id: e.detail.id } })),
    on(host, 'pz-district-selected', (e) => store.dispatch({ type: 'district-focused', id: e.detail.id })),
    on(host, 'pz-selection-cleared', () => store.dispatch({ type: 'selected', selection: null })),
    on(host, 'pz-open-requested', () => store.dispatch({ type: 'import-flow-changed', flow: { step: 'choosing', kind: 'plots' } })),
    on(host, 'pz-import-file-chosen', (e) => withEngine((engine) => checkFile(store, engine, e.detail.file, e.detail.kind))),
    on(host, 'pz-import-confirmed', () => withEngine((engine) => confirmImport(store, engine))),
    on(host, 'pz-import-cancelled', () => withEngine((engine) => cancelImport(store, engine))),
    on(host, 'pz-settings-requested', () => store.dispatch({ type: 'settings-toggled', open: true })),
    on(host, 'pz-dialog-closed', () => store.dispatch({ type: 'settings-toggled', open: false })),
    on(host, 'pz-basemap-saved', (e) => {
      saveBasemapUrl(e.detail.url);
      store.dispatch({ type: 'basemap-set', url: e.detail.url });
      store.dispatch({ type: 'settings-toggled', open: false });
    }),
  ];
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function bindDrop(host: HTMLElement, controller: AppController, setDragging: (dragging: boolean) => void): Unbind[] {
  let depth = 0;
  return [
    on(host, 'dragenter', (e) => { if (hasFiles(e)) { depth += 1; setDragging(true); } }),
    on(host, 'dragleave', () => { depth = Math.max(0, depth - 1); if (depth === 0) setDragging(false); }),
    on(host, 'dragover', (e) => { if (hasFiles(e)) e.preventDefault(); }),
    on(host, 'drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file === undefined || controller.engine === null) return;
      const engine = controller.engine;
      checkFile(controller.store, engine, file, guessKind(file.name)).catch((error: unknown) => console.error('ParkZone: opening data failed', error));
    }),
  ];
}

/** Wires the host's events; returns the function that unwires them all. */
export function bindAppEvents(host: HTMLElement, controller: AppController, setDragging: (dragging: boolean) => void): Unbind {
  const unbinds = [...bindComponentEvents(host, controller), ...bindDrop(host, controller, setDragging)];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
