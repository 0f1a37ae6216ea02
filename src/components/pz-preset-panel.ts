/**
 * <pz-preset-panel>: Review mode's threshold presets. Choose a preset (the shipped example is
 * labelled as such and read-only: copy it to edit), read its values with units, see how many
 * plots fail it, and open the editor on a copy or on a preset of one's own.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import { formOfPreset, PRESET_FIELDS } from '../state/presetForm.ts';
import type { ComplianceCounts } from '../state/presetSelectors.ts';
import { emitPreset } from './pz-preset-events.ts';
import { panelStyles } from './styles.ts';
import { presetName, unitText } from './pz-preset-format.ts';

@customElement('pz-preset-panel')
export class PzPresetPanel extends LitElement {
  static override styles = [panelStyles, css`
    select { width: 100%; font: inherit; padding: 0.25rem; margin-bottom: 0.4rem; }
    .counts { margin: 0.3rem 0; font-variant-numeric: tabular-nums; }
    .fail { color: #b91c1c; font-weight: 600; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.4rem 0; }
    .error { color: #b91c1c; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) choices: readonly ThresholdPreset[] = [];
  @property({ attribute: false }) current: ThresholdPreset | null = null;
  /** null while the engine has not answered for this preset */
  @property({ attribute: false }) counts: ComplianceCounts | null = null;
  @property() saveError = '';

  override render() {
    const lang = this.lang;
    const current = this.current;
    if (current === null) return html``;
    const values = formOfPreset(current);
    return html`
      <h2>${msg(lang, 'preset.title')}</h2>
      <select data-testid="preset-select" aria-label=${msg(lang, 'preset.title')}
        @change=${(e: Event) => emitPreset(this, 'pz-preset-chosen', { presetId: (e.target as HTMLSelectElement).value })}>
        ${this.choices.map((p) => html`<option value=${p.id} ?selected=${p.id === current.id}>${presetName(lang, p)}</option>`)}
      </select>
      ${current.isExample ? html`<p class="muted" data-testid="preset-example-note">${msg(lang, 'preset.exampleNote')}</p>` : ''}
      <p class="counts" data-testid="preset-counts">
        ${this.counts === null ? msg(lang, 'preset.counting') : html`
          <span class="fail" data-testid="preset-failing" data-count=${this.counts.fail}>${msg(lang, 'preset.failing', { n: this.counts.fail })}</span>
          · ${msg(lang, 'preset.passing', { n: this.counts.pass })} · ${msg(lang, 'preset.noData', { n: this.counts.noData })}`}
      </p>
      <table data-testid="preset-values">
        ${PRESET_FIELDS.map(({ key, unit }) => html`<tr>
          <td>${msg(lang, `preset.field.${key}`)}</td>
          <td class="num">${values[key] === '' ? html`<span class="muted">${msg(lang, 'preset.unset')}</span>` : `${values[key]} ${unitText(lang, unit)}`}</td>
        </tr>`)}
      </table>
      <div class="actions">
        <button data-testid="preset-copy" @click=${() => emitPreset(this, 'pz-preset-edit-requested', { fromId: current.id, copy: true })}>${msg(lang, 'preset.copy')}</button>
        ${current.isExample ? '' : html`
          <button data-testid="preset-edit" @click=${() => emitPreset(this, 'pz-preset-edit-requested', { fromId: current.id, copy: false })}>${msg(lang, 'preset.edit')}</button>
          <button data-testid="preset-delete" @click=${() => emitPreset(this, 'pz-preset-deleted', { presetId: current.id })}>${msg(lang, 'preset.delete')}</button>`}
      </div>
      ${this.saveError === '' ? '' : html`<p class="error" role="alert">${this.saveError}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-preset-panel': PzPresetPanel;
  }
}
