/**
 * Plan mode's editing parts of the workspace: the toolbar and the live readout over the map,
 * and, at the top of the right panel, the notices, the merge choice and the attribute form.
 * Looks up the pieces in the state; computes nothing itself.
 */
import { html, type TemplateResult } from 'lit';
import { editFlagsOf } from '../state/editChecks.ts';
import { draftReadoutOf } from '../state/editReadout.ts';
import { pickedFeaturesOf, undoRedoOf } from '../state/editSelectors.ts';
import type { AppState } from '../state/types.ts';
import '../components/pz-toolbar.ts';
import '../components/pz-draw-readout.ts';
import '../components/pz-edit-notices.ts';
import '../components/pz-merge-choice.ts';
import '../components/pz-plot-form.ts';

export function renderEditTools(state: AppState): TemplateResult {
  if (state.mode !== 'plan') return html``;
  const { tool, snapEnabled, selectedPlotIds, draft } = state.edit;
  const { canUndo, canRedo } = undoRedoOf(state);
  const readout = draftReadoutOf(draft);
  return html`
    <pz-toolbar class="toolbar" .lang=${state.lang} .tool=${tool} ?snapEnabled=${snapEnabled} ?canUndo=${canUndo} ?canRedo=${canRedo}
      .pickedCount=${selectedPlotIds.length}></pz-toolbar>
    ${draft === null || readout === null ? '' : html`<pz-draw-readout .lang=${state.lang} .readout=${readout}
      .x=${draft.cursorPx.x} .y=${draft.cursorPx.y}></pz-draw-readout>`}
  `;
}

export function renderEditPanel(state: AppState): TemplateResult {
  if (state.mode !== 'plan') return html``;
  const picked = pickedFeaturesOf(state);
  return html`
    <pz-edit-notices .lang=${state.lang} .notice=${state.edit.notice} .flags=${editFlagsOf(state)}></pz-edit-notices>
    ${state.edit.mergeOpen && picked.length >= 2 ? html`<pz-merge-choice .lang=${state.lang} .plots=${picked}></pz-merge-choice>` : ''}
    <pz-plot-form .lang=${state.lang} .plots=${picked} .problems=${state.edit.formProblems}></pz-plot-form>
  `;
}
