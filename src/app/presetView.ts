/**
 * Review mode's left column additions: the threshold preset panel (and its editor when open) and
 * the overlay switches. Renders from the state and the engine's per-plot verdicts only.
 */
import { html } from 'lit';
import { msg } from '../i18n/locale.ts';
import { presetsOf } from '../state/presetActions.ts';
import { currentPresetOf, presetChoicesOf, type ComplianceCounts } from '../state/presetSelectors.ts';
import type { AppState } from '../state/types.ts';
import '../components/pz-preset-panel.ts';
import '../components/pz-preset-editor.ts';
import '../components/pz-preset-overlays.ts';

/** `counts`: the current preset's plot verdicts counted, null while the engine computes them. */
export function renderPresetPanel(state: AppState, counts: ComplianceCounts | null) {
  if (state.mode !== 'review') return '';
  const presets = presetsOf(state);
  const lang = state.lang;
  const saveError = presets.saveErrorEn === '' ? '' : msg(lang, 'preset.saveFailed', { reason: lang === 'zh' ? presets.saveErrorZh : presets.saveErrorEn });
  return html`
    <pz-preset-panel .lang=${lang} .choices=${presetChoicesOf(state)} .current=${currentPresetOf(state)}
      .counts=${counts} .saveError=${saveError}></pz-preset-panel>
    ${presets.editor === null ? '' : html`<pz-preset-editor .lang=${lang} .from=${presets.editor.from} .editingId=${presets.editor.editingId}></pz-preset-editor>`}
    <pz-preset-overlays .lang=${lang} .overlay=${presets.overlay}></pz-preset-overlays>
  `;
}
