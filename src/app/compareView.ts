/**
 * Review mode's comparison panel, rendered from the state and the engine's comparison only.
 */
import { html } from 'lit';
import { compareOf } from '../state/compareActions.ts';
import { compareAreasOf, compareChoicesOf } from '../state/compareSelectors.ts';
import type { AppState } from '../state/types.ts';
import type { CompareResult } from './compareController.ts';
import '../components/pz-compare-panel.ts';

export function renderComparePanel(state: AppState, result: CompareResult | null) {
  if (state.mode !== 'review') return '';
  return html`<pz-compare-panel .lang=${state.lang} .choices=${compareChoicesOf(state)} .areas=${compareAreasOf(state)}
    .compare=${compareOf(state)} .comparison=${result?.comparison ?? null}></pz-compare-panel>`;
}
