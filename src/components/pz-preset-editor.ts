/**
 * <pz-preset-editor>: the form of a threshold preset, each value typed in its unit (万元/亩, a
 * ratio, per cent) and checked before it is saved; a wrong value is named beside its field.
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import { formOfPreset, presetOfForm, PRESET_FIELDS, type PresetFormResult, type PresetFormValues } from '../state/presetForm.ts';
import { emitPreset } from './pz-preset-events.ts';
import { unitText } from './pz-preset-format.ts';
import { panelStyles } from './styles.ts';

type Errors = Extract<PresetFormResult, { ok: false }>['errors'];

@customElement('pz-preset-editor')
export class PzPresetEditor extends LitElement {
  static override styles = [panelStyles, css`
    form { display: grid; gap: 0.3rem; border: 1px solid var(--pz-rule, #e4e7eb); padding: 0.5rem; border-radius: 4px; }
    label { display: grid; grid-template-columns: 1fr 5rem 4.5rem; gap: 0.3rem; align-items: center; }
    label.name { grid-template-columns: 1fr 9.8rem; }
    input { font: inherit; width: 100%; box-sizing: border-box; }
    .error { color: #b91c1c; font-size: 0.8rem; grid-column: 1 / -1; }
    .actions { display: flex; gap: 0.4rem; justify-content: flex-end; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) from: ThresholdPreset | null = null;
  /** the user preset being edited; null for a new one */
  @property({ attribute: false }) editingId: string | null = null;
  @state() private form: PresetFormValues | null = null;
  @state() private errors: Errors = {};

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('from') && this.from !== null) {
      const form = formOfPreset(this.from);
      const copy = this.editingId === null;
      this.form = copy ? { ...form, name: msg('zh', 'preset.copyName', { name: form.name }), nameEn: msg('en', 'preset.copyName', { name: form.nameEn }) } : form;
      this.errors = {};
    }
  }

  private field(key: keyof PresetFormValues, label: string, unit: string) {
    const form = this.form;
    if (form === null) return '';
    const error = key === 'nameEn' ? undefined : this.errors[key];
    return html`<label class=${unit === '' && (key === 'name' || key === 'nameEn') ? 'name' : ''}>
      <span>${label}</span>
      <input data-testid=${`preset-input-${key}`} .value=${form[key]} aria-invalid=${error === undefined ? 'false' : 'true'}
        @input=${(e: Event) => { this.form = { ...form, [key]: (e.target as HTMLInputElement).value }; }}>
      ${key === 'name' || key === 'nameEn' ? '' : html`<span class="muted">${unit}</span>`}
      ${error === undefined ? '' : html`<span class="error" data-testid=${`preset-error-${key}`}>${msg(this.lang, `preset.error.${error}`)}</span>`}
    </label>`;
  }

  override render() {
    const lang = this.lang;
    if (this.form === null) return html``;
    return html`<form data-testid="preset-editor" @submit=${this.onSubmit}>
      ${this.field('name', msg(lang, 'preset.name'), '')}
      ${this.field('nameEn', msg(lang, 'preset.nameEn'), '')}
      ${PRESET_FIELDS.map(({ key, unit }) => this.field(key, msg(lang, `preset.field.${key}`), unitText(lang, unit)))}
      <div class="actions">
        <button type="button" data-testid="preset-cancel" @click=${() => emitPreset(this, 'pz-preset-editor-closed', {})}>${msg(lang, 'common.cancel')}</button>
        <button type="submit" data-testid="preset-save">${msg(lang, 'common.save')}</button>
      </div>
    </form>`;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.form === null) return;
    const result = presetOfForm(this.form, this.editingId ?? 'new');
    if (!result.ok) {
      this.errors = result.errors;
      return;
    }
    this.errors = {};
    emitPreset(this, 'pz-preset-saved', { preset: result.preset, replacingId: this.editingId });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-preset-editor': PzPresetEditor;
  }
}
