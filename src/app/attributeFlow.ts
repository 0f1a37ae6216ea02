/**
 * The attribute form's edits as operations on the model: the patch goes through the core's
 * checks (setPlotAttributes); bad values come back to the form one sentence per field, and
 * nothing changes. A plot's new code goes through renamePlot (unique, not empty).
 */
import { setPlotAttributes } from '../domain/edit/attributes.ts';
import { renamePlot } from '../domain/edit/rename.ts';
import { plotsWithIds } from '../state/editPlots.ts';
import { commit, type EditDeps } from './editFlow.ts';

export function submitAttributes(deps: EditDeps, plotIds: readonly string[], patch: Readonly<Record<string, unknown>>): void {
  const state = deps.store.getState();
  const result = setPlotAttributes(plotsWithIds(state.data.plots, plotIds), patch);
  if (!result.ok) {
    deps.store.dispatch({ type: 'form-refused', problems: result.problems.map(({ key, messageZh, messageEn }) => ({ key, messageZh, messageEn })) });
    return;
  }
  deps.store.dispatch({ type: 'form-refused', problems: [] });
  commit(deps, 'attributes', result.change);
}

export function renameOne(deps: EditDeps, plotId: string, newId: string): void {
  const state = deps.store.getState();
  const [plot] = plotsWithIds(state.data.plots, [plotId]);
  if (plot === undefined) return;
  const result = renamePlot(plot, newId, state.data.plots.features.map((f) => f.id));
  if (!result.ok) {
    deps.store.dispatch({ type: 'form-refused', problems: [{ key: 'id', messageZh: result.messageZh, messageEn: result.messageEn }] });
    return;
  }
  commit(deps, 'rename', result.change);
}
