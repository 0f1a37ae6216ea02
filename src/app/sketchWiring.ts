/**
 * The sketch components' events → the sketch session (storage lives behind it), Ctrl+S, and the
 * session's start and stop with the app.
 */
import type { AppController } from './appController.ts';
import { deleteSketch, duplicateSketch, newFromBaseline, openSketch, refreshLists, renameSketch, restoreDeleted, restoreVersion } from './sketchCommands.ts';
import { exportCurrent, importFile } from './sketchFiles.ts';
import { SketchSession } from './sketchSession.ts';
import { keepMine, loadTheirs } from './sketchSync.ts';

type Unbind = () => void;

function on<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): Unbind {
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

function report(error: unknown): void {
  console.warn('ParkZone: a sketch command failed', error);
}

function bindComponents(host: HTMLElement, session: SketchSession): Unbind[] {
  const { store } = session;
  const run = (task: Promise<void>): void => void task.catch(report);
  return [
    on(host, 'pz-sketch-panel-requested', (e) => {
      store.dispatch({ type: 'sketch-panel-toggled', panel: e.detail.panel });
      if (e.detail.panel !== null) run(refreshLists(session));
    }),
    on(host, 'pz-sketch-save-requested', () => run(session.autosave.run('explicit'))),
    on(host, 'pz-sketch-retry-requested', () => run(session.autosave.run('auto'))),
    on(host, 'pz-sketch-export-requested', () => run(exportCurrent(session))),
    on(host, 'pz-sketch-import-chosen', (e) => run(importFile(session, e.detail.file))),
    on(host, 'pz-sketch-open-requested', (e) => run(openSketch(session, e.detail.id))),
    on(host, 'pz-sketch-new-requested', () => run(newFromBaseline(session))),
    on(host, 'pz-sketch-duplicate-requested', (e) => run(duplicateSketch(session, e.detail.id))),
    on(host, 'pz-sketch-rename-requested', (e) => run(renameSketch(session, e.detail.id, e.detail.name))),
    on(host, 'pz-sketch-delete-requested', (e) => run(deleteSketch(session, e.detail.id))),
    on(host, 'pz-sketch-restore-requested', (e) => run(restoreDeleted(session, e.detail.id))),
    on(host, 'pz-sketch-version-restore-requested', (e) => run(restoreVersion(session, e.detail.versionId))),
    on(host, 'pz-sketch-conflict-resolved', (e) => (e.detail.keep === 'theirs' ? loadTheirs(session) : keepMine(session))),
    on(host, 'pz-sketch-tip-dismissed', () => store.dispatch({ type: 'sketch-backup-tip', tip: null })),
    on(host, 'pz-sketch-undo-delete-dismissed', () => store.dispatch({ type: 'sketch-deleted', entry: null })),
  ];
}

/** Ctrl+S (⌘S): save now and keep a version, instead of the browser's "save page". */
function bindSaveKey(session: SketchSession): Unbind {
  const onKey = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
    event.preventDefault();
    void session.autosave.run('explicit').catch(report);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

/** Starts the sketch session for the app and wires its events; returns the function that stops it. */
export function bindSketch(host: HTMLElement, controller: AppController): Unbind {
  const storage = controller.storage;
  if (storage === null) throw new Error('bindSketch: the app controller must connect first');
  const session = new SketchSession(controller.store, () => controller.engine, () => storage);
  const unbinds = [...bindComponents(host, session), bindSaveKey(session)];
  session.start().catch((error: unknown) => console.warn('ParkZone: sketch storage could not start', error));
  return () => {
    for (const unbind of unbinds) unbind();
    session.dispose();
  };
}
