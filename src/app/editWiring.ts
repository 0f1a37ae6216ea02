/**
 * Plan mode's editing events → store actions and operations on the model: the toolbar, the
 * map's drawing tools, the notices, the merge choice and the attribute form. Handlers only
 * dispatch or call the edit flow; figures come from selectors.
 */
import { msg } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { EditCommand } from '../state/editTypes.ts';
import type { AppController } from './appController.ts';
import { renameOne, submitAttributes } from './attributeFlow.ts';
import { deletePicked, drawPlot, mergePicked, movePlotsBy, redoEdit, reshape, splitPicked, trimPlot, undoEdit, type EditDeps } from './editFlow.ts';

type Unbind = () => void;

function on<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, listener: (event: HTMLElementEventMap[K]) => void): Unbind {
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

export function depsOf(controller: AppController): EditDeps {
  return { store: controller.store, engine: controller.engine };
}

function inform(controller: AppController, key: MessageKey): void {
  controller.store.dispatch({ type: 'edit-refused', notice: { level: 'info', messageZh: msg('zh', key), messageEn: msg('en', key) } });
}

/** A command from the toolbar or the keyboard. */
export function runCommand(controller: AppController, command: EditCommand): void {
  const deps = depsOf(controller);
  const picked = controller.state.edit.selectedPlotIds.length;
  switch (command) {
    case 'undo': return undoEdit(deps);
    case 'redo': return redoEdit(deps);
    case 'delete': return picked === 0 ? inform(controller, 'edit.needPlots') : deletePicked(deps);
    case 'merge': return picked < 2 ? inform(controller, 'edit.needTwoPlots') : controller.store.dispatch({ type: 'merge-toggled', open: true });
  }
}

export function bindEditEvents(host: HTMLElement, controller: AppController): Unbind {
  const { store } = controller;
  const deps = (): EditDeps => depsOf(controller);
  const unbinds = [
    on(host, 'pz-edit-tool-chosen', (e) => {
      store.dispatch({ type: 'edit-tool-chosen', tool: e.detail.tool });
      if (e.detail.tool === 'vertices' && store.getState().edit.selectedPlotIds.length !== 1) inform(controller, 'edit.needOnePlot');
    }),
    on(host, 'pz-edit-command-chosen', (e) => runCommand(controller, e.detail.command)),
    on(host, 'pz-snap-toggled', (e) => store.dispatch({ type: 'edit-snap-toggled', enabled: e.detail.enabled })),
    on(host, 'pz-edit-notice-dismissed', () => store.dispatch({ type: 'edit-notice-cleared' })),
    on(host, 'pz-trim-requested', (e) => trimPlot(deps(), e.detail.plotId)),
    on(host, 'pz-merge-confirmed', (e) => mergePicked(deps(), e.detail.keepAttributesOf)),
    on(host, 'pz-merge-cancelled', () => store.dispatch({ type: 'merge-toggled', open: false })),
    on(host, 'pz-attributes-submitted', (e) => submitAttributes(deps(), e.detail.plotIds, e.detail.patch)),
    on(host, 'pz-plot-renamed', (e) => renameOne(deps(), e.detail.plotId, e.detail.newId)),
    on(host, 'pz-plot-toggled', (e) => store.dispatch({ type: 'plot-pick-toggled', id: e.detail.id })),
    on(host, 'pz-draft-changed', (e) => store.dispatch({ type: 'draft-changed', draft: e.detail.draft })),
    on(host, 'pz-shape-drawn', (e) => drawPlot(deps(), e.detail.geometry)),
    on(host, 'pz-line-drawn', (e) => splitPicked(deps(), e.detail.coordinates)),
    on(host, 'pz-shape-reshaped', (e) => reshape(deps(), e.detail.plotId, e.detail.geometry)),
    on(host, 'pz-plots-moved', (e) => movePlotsBy(deps(), e.detail.plotIds, e.detail.delta)),
    on(host, 'pz-edit-refused', (e) => store.dispatch({ type: 'edit-refused', notice: { level: 'refused', ...e.detail } })),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
