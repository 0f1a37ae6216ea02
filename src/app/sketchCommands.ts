/**
 * What the planner does with sketches: open one, make one from the baseline or from another
 * sketch, rename, delete (undoable from the banner while the trash keeps it), list and restore
 * versions. Restoring a version is one change set on the undo history, so Ctrl+Z takes it back.
 * Every command first writes what is pending, so switching never loses an edit.
 */
import { msg } from '../i18n/locale.ts';
import { BASELINE } from '../domain/sketch.ts';
import { changeToFeatures, occupancyOf } from '../state/sketchModel.ts';
import type { DeletedEntry, SketchEntry, VersionEntry } from '../state/sketchTypes.ts';
import { commit } from './editFlow.ts';
import type { SketchSession } from './sketchSession.ts';

export async function refreshLists(session: SketchSession): Promise<void> {
  const repo = session.repo;
  if (repo === null) return;
  const [list, deleted] = await Promise.all([repo.list(), repo.listDeleted()]);
  const sketches: SketchEntry[] = list.ok ? list.sketches.map((s) => ({
    id: s.id, name: s.name, updatedAtMs: s.updatedAtMs, plotCount: s.plotCount, occupancyRatio: occupancyOf(s.cachedFigures),
  })) : [];
  const trash: DeletedEntry[] = deleted.ok ? deleted.value.map((d) => ({ id: d.id, name: d.name, restoreUntilMs: d.restoreUntilMs })) : [];
  const setAsideCount = list.ok ? list.quarantined.length : 0;
  session.store.dispatch({ type: 'sketch-list-loaded', sketches, deleted: trash, setAsideCount });
  const stored = session.stored;
  if (stored === null || session.state.sketch.panel !== 'versions') return;
  const versions = await repo.listVersions(stored.id);
  const entries: VersionEntry[] = versions.ok ? versions.versions.map((v) => ({
    versionId: v.versionId, savedAtMs: v.savedAtMs, kind: v.kind, plotCount: v.plotCount, occupancyRatio: occupancyOf(v.cachedFigures),
  })) : [];
  session.store.dispatch({ type: 'sketch-versions-loaded', versions: entries });
}

export async function openSketch(session: SketchSession, id: string): Promise<void> {
  const repo = session.repo;
  if (repo === null || id === session.stored?.id) return;
  await session.autosave.run('auto');
  const started = performance.now();
  const found = await repo.get(id);
  if (found.ok) {
    performance.measure('pz-sketch-load', { start: started, end: performance.now() });
    await session.open(found.sketch);
  }
  await refreshLists(session);
}

export async function newFromBaseline(session: SketchSession): Promise<void> {
  await session.autosave.run('auto');
  const count = session.state.sketch.sketches.length + 1;
  await session.createFrom({ name: msg(session.state.lang, 'sketch.newName', { n: count }), basedOn: BASELINE, features: session.baseline });
  await refreshLists(session);
}

/** A copy of a sketch (the open one included, with its latest edits) under a new name. */
export async function duplicateSketch(session: SketchSession, id: string): Promise<void> {
  const repo = session.repo;
  if (repo === null) return;
  await session.autosave.run('auto');
  const source = session.state.sketch.sketches.find((s) => s.id === id)?.name ?? session.stored?.name ?? '';
  const copy = await repo.duplicate(id, msg(session.state.lang, 'sketch.copyName', { name: source }));
  if (copy.ok) await session.open(copy.sketch);
  else session.autosave.reportFailure(copy);
  await refreshLists(session);
}

export async function renameSketch(session: SketchSession, id: string, name: string): Promise<void> {
  const repo = session.repo;
  const trimmed = name.trim();
  if (repo === null || trimmed === '') return;
  await session.autosave.run('auto');
  const renamed = await repo.rename(id, trimmed);
  if (!renamed.ok) return session.autosave.reportFailure(renamed);
  if (session.stored?.id === id) session.stored = { ...session.stored, name: trimmed, revision: renamed.summary.revision };
  session.store.dispatch({ type: 'sketch-renamed', id, name: trimmed });
  await refreshLists(session);
}

/** Deletes a sketch (the trash keeps it for a week); the open one gives way to the newest other. */
export async function deleteSketch(session: SketchSession, id: string): Promise<void> {
  const repo = session.repo;
  if (repo === null) return;
  await session.autosave.run('auto');
  const name = session.state.sketch.sketches.find((s) => s.id === id)?.name ?? session.stored?.name ?? '';
  const deleted = await repo.delete(id);
  if (!deleted.ok) return session.autosave.reportFailure(deleted);
  session.store.dispatch({ type: 'sketch-deleted', entry: { id, name, restoreUntilMs: deleted.restoreUntilMs } });
  if (session.stored?.id === id) {
    session.stored = null;
    session.savedLayer = null;
    const list = await repo.list();
    const next = list.ok ? list.sketches[0] : undefined;
    if (next === undefined) await session.createFrom({ name: msg(session.state.lang, 'sketch.firstName'), basedOn: BASELINE, features: session.baseline });
    else await openSketch(session, next.id);
  }
  await refreshLists(session);
}

export async function restoreDeleted(session: SketchSession, id: string): Promise<void> {
  const repo = session.repo;
  if (repo === null) return;
  const restored = await repo.restoreDeleted(id);
  session.store.dispatch({ type: 'sketch-deleted', entry: null });
  if (!restored.ok) return console.warn('ParkZone: the sketch could not be restored', restored.kind);
  await openSketch(session, id);
}

/** Puts a saved version's plots back, as one undoable change; the autosave then writes it. */
export async function restoreVersion(session: SketchSession, versionId: string): Promise<void> {
  const { repo, stored } = session;
  if (repo === null || stored === null) return;
  const found = await repo.getVersion(stored.id, versionId);
  if (!found.ok) return console.warn('ParkZone: the version could not be read', found.kind);
  const change = changeToFeatures(session.state.data.plots, found.version.features);
  commit({ store: session.store, engine: session.engine() }, 'restore', change);
  session.store.dispatch({ type: 'sketch-panel-toggled', panel: null });
}
