/**
 * Two tabs on the same sketch. When another tab saves the open sketch and this one has nothing
 * unsaved, its plots are taken over at once (as an undoable change). When this one has unsaved
 * changes, nothing is overwritten: the planner chooses between the other tab's version (mine
 * stays one Ctrl+Z away) and keeping mine (saved over the other, from its revision).
 */
import type { Sketch } from '../domain/sketch.ts';
import { changeToFeatures } from '../state/sketchModel.ts';
import type { LayerData } from '../state/types.ts';
import type { ExternalChange } from '../storage/sketchRepository.ts';
import { commit } from './editFlow.ts';
import { refreshLists } from './sketchCommands.ts';
import type { SketchSession } from './sketchSession.ts';

/** A layer no plan is: what the plan is compared with when it must be written again. */
const MINE_UNSAVED: LayerData = { version: -1, features: [] };

/** Makes `latest` what the map shows, as one undoable change. */
function takeOver(session: SketchSession, latest: Sketch): void {
  const change = changeToFeatures(session.state.data.plots, latest.features);
  session.stored = latest;
  commit({ store: session.store, engine: session.engine() }, 'sync', change);
  session.savedLayer = session.state.data.plots;
  session.store.dispatch({ type: 'present-scenes-loaded', scenes: latest.scenes });
  session.savedScenes = session.state.present.scenes;
  session.store.dispatch({ type: 'sketch-conflict-found', conflict: false });
  session.store.dispatch({ type: 'sketch-renamed', id: latest.id, name: latest.name });
  session.store.dispatch({ type: 'sketch-save-status', status: 'saved' });
}

export async function onExternalChange(session: SketchSession, change: ExternalChange): Promise<void> {
  const { repo, stored } = session;
  if (repo === null) return;
  if (session.state.sketch.panel !== null) void refreshLists(session);
  if (stored === null || change.sketchId !== stored.id) return;
  if (change.change === 'deleted') return;
  if (change.revision !== null && change.revision <= stored.revision) return;
  const found = await repo.get(stored.id);
  if (!found.ok || found.sketch.revision <= (session.stored?.revision ?? 0)) return;
  const latest = found.sketch;
  if (change.change === 'renamed' || change.change === 'version-saved' || change.change === 'meta') {
    if (session.stored !== null) session.stored = { ...session.stored, name: latest.name, revision: latest.revision };
    session.store.dispatch({ type: 'sketch-renamed', id: latest.id, name: latest.name });
    return;
  }
  if (session.isDirty() || session.state.sketch.saveStatus === 'saving') {
    session.autosave.latest = latest;
    session.store.dispatch({ type: 'sketch-conflict-found', conflict: true });
    return;
  }
  takeOver(session, latest);
}

/** The planner chose the other tab's version. */
export function loadTheirs(session: SketchSession): void {
  const latest = session.autosave.latest;
  if (latest === null) return;
  session.autosave.latest = null;
  takeOver(session, latest);
}

/** The planner chose to keep this tab's plan: it is saved over the other tab's version. */
export function keepMine(session: SketchSession): void {
  const latest = session.autosave.latest;
  if (latest === null || session.stored === null) return;
  session.autosave.latest = null;
  session.stored = { ...session.stored, revision: latest.revision, name: latest.name };
  session.store.dispatch({ type: 'sketch-conflict-found', conflict: false });
  session.savedLayer = MINE_UNSAVED;
  void session.autosave.run('auto');
}
