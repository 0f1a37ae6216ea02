/**
 * <pz-plot-form>: the attributes of the picked plot or plots — land use (searchable, with
 * colours), cluster, status, enterprise, investment, output, tax, floor, footprint, green and
 * admin areas, floors, height, standard-factory fields — each with its unit. A field the plots
 * disagree on says so and is left alone unless typed in; only touched fields are sent. Bad
 * values come back from the model as one sentence per field. One plot's code can be changed.
 * Events: pz-attributes-submitted, pz-plot-renamed.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PLOT_ATTRIBUTE_FIELDS, type AttributeField } from '../domain/edit/attributeFields.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { FormProblem } from '../state/editTypes.ts';
import type { SourceFeature } from '../state/types.ts';
import { emitEdit } from './editEvents.ts';
import { fieldInput, sharedValue } from './plotFormFields.ts';
import { panelStyles } from './styles.ts';
import './pz-land-use-picker.ts';

@customElement('pz-plot-form')
export class PzPlotForm extends LitElement {
  static override styles = [panelStyles, css`
    form { display: grid; grid-template-columns: auto 1fr; gap: 0.3rem 0.5rem; align-items: center; }
    label { font-size: 0.8rem; color: #334e68; }
    .wide { grid-column: 1 / -1; }
    .unit { color: #52606d; font-size: 0.78rem; margin-left: 0.25rem; white-space: nowrap; }
    .field { display: flex; align-items: center; }
    input, select { font: inherit; padding: 0.15rem 0.3rem; width: 100%; box-sizing: border-box; min-width: 0; }
    input[aria-invalid='true'] { border-color: #b3261e; background: #fff5f5; }
    .problem { grid-column: 1 / -1; color: #b3261e; font-size: 0.8rem; margin: -0.15rem 0 0.2rem; }
    .buttons { grid-column: 1 / -1; display: flex; justify-content: flex-end; gap: 0.5rem; margin-top: 0.4rem; }
    button { padding: 0.25rem 0.8rem; border-radius: 4px; border: 1px solid #1d3557; background: #1d3557; color: #fff; }
    .rename { display: flex; gap: 0.3rem; }
    .rename button { background: #fff; color: #1d3557; padding: 0.1rem 0.5rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) plots: readonly SourceFeature[] = [];
  @property({ attribute: false }) problems: readonly FormProblem[] = [];
  /** values typed since the plots were picked, by property key */
  @state() private touched: Readonly<Record<string, string>> = {};
  @state() private newId = '';
  private shownIds = '';

  override willUpdate(): void {
    const ids = this.plots.map((p) => p.id).join('\n');
    if (ids !== this.shownIds) {
      this.shownIds = ids;
      this.touched = {};
      this.newId = this.plots[0]?.id ?? '';
    }
  }

  override render() {
    const { lang, plots } = this;
    if (plots.length === 0) return html``;
    return html`
      <h3>${plots.length === 1 ? msg(lang, 'form.title') : msg(lang, 'form.titleMany', { count: plots.length })}</h3>
      <form data-testid="plot-form" @submit=${this.submit}>
        ${plots.length === 1 ? this.renderId() : ''}
        ${PLOT_ATTRIBUTE_FIELDS.map((f) => this.renderField(f))}
        <div class="buttons"><button type="submit" data-testid="form-apply">${msg(lang, 'form.apply')}</button></div>
      </form>
    `;
  }

  private renderId() {
    const problem = this.problems.find((p) => p.key === 'id');
    return html`<label for="pz-id">${msg(this.lang, 'form.id')}</label>
      <span class="rename"><input id="pz-id" data-testid="form-id" .value=${this.newId} aria-invalid=${problem ? 'true' : 'false'}
        @input=${(e: Event) => { this.newId = (e.target as HTMLInputElement).value; }}>
        <button type="button" data-testid="form-rename" @click=${this.rename}>${msg(this.lang, 'form.rename')}</button></span>
      ${problem === undefined ? '' : html`<div class="problem" role="alert" data-testid="form-problem" data-key="id">${this.lang === 'zh' ? problem.messageZh : problem.messageEn}</div>`}`;
  }

  private renderField(f: AttributeField) {
    const lang = this.lang;
    const shared = sharedValue(this.plots, f.key);
    const problem = this.problems.find((p) => p.key === f.key);
    const set = (value: string): void => { this.touched = { ...this.touched, [f.key]: value }; };
    const label = lang === 'zh' ? f.labelZh : f.labelEn;
    const unit = lang === 'zh' ? f.unitZh : f.unitEn;
    return html`<label for="pz-${f.key}" class=${f.kind === 'land-use' ? 'wide' : ''}>${label}</label>
      <span class="field ${f.kind === 'land-use' ? 'wide' : ''}">${fieldInput(lang, f, this.touched[f.key], shared, problem !== undefined, set)}${unit === '' ? '' : html`<span class="unit">${unit}</span>`}</span>
      ${problem === undefined ? '' : html`<div class="problem" role="alert" data-testid="form-problem" data-key=${f.key}>${lang === 'zh' ? problem.messageZh : problem.messageEn}</div>`}`;
  }

  private submit(event: Event): void {
    event.preventDefault();
    emitEdit(this, 'pz-attributes-submitted', { plotIds: this.plots.map((p) => p.id), patch: { ...this.touched } });
  }

  private rename(): void {
    const plot = this.plots[0];
    if (plot !== undefined) emitEdit(this, 'pz-plot-renamed', { plotId: plot.id, newId: this.newId });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-plot-form': PzPlotForm;
  }
}
