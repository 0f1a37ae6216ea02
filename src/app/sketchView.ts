/**
 * The sketch parts of the workspace: the bar in the header's sketch slot, and the banners and
 * dialogs over the page. Looks up the pieces in the state; computes nothing itself.
 */
import { html, type TemplateResult } from 'lit';
import type { AppState } from '../state/types.ts';
import '../components/pz-sketch-bar.ts';
import '../components/pz-sketch-banner.ts';
import '../components/pz-sketch-dialog.ts';
import '../components/pz-sketch-versions.ts';

export function renderSketchBar(state: AppState): TemplateResult {
  return html`<pz-sketch-bar slot="sketch" .lang=${state.lang} .sketch=${state.sketch}></pz-sketch-bar>`;
}

export function renderSketchOverlays(state: AppState): TemplateResult {
  const { lang, sketch } = state;
  return html`
    <pz-sketch-banner .lang=${lang} .sketch=${sketch}></pz-sketch-banner>
    <pz-sketch-dialog .lang=${lang} .sketch=${sketch}></pz-sketch-dialog>
    <pz-sketch-versions .lang=${lang} .sketch=${sketch}></pz-sketch-versions>
  `;
}
