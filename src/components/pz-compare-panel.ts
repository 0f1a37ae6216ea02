/**
 * <pz-compare-panel>: Review mode's comparison. Pick the two plot sets (the baseline, the plots
 * on the map now, or a stored sketch) and an area; read every figure of that area before and
 * after with its change (investment projected for newly supplied plots is marked), and the
 * lists of added, removed and changed plots — clicking one selects it on the map.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { ZoneComparison } from '../stats/compare.ts';
import { compareRowsOf, type CompareChoice } from '../state/compareSelectors.ts';
import type { CompareState } from '../state/compareTypes.ts';
import { emitCompare } from './pz-compare-events.ts';
import { figureLabel, figureValue } from './pz-compare-format.ts';
import { panelStyles } from './styles.ts';

type Area = { id: string; level: 'zone' | 'district' | 'park'; name: string };

@customElement('pz-compare-panel')
export class PzComparePanel extends LitElement {
  static override styles = [panelStyles, css`
    label { display: grid; grid-template-columns: 4rem 1fr; gap: 0.3rem; align-items: center; margin: 0.15rem 0; }
    select { font: inherit; width: 100%; }
    .rows { max-height: 40vh; overflow: auto; margin: 0.4rem 0; }
    .up { color: #15803d; } .down { color: #b91c1c; }
    .projected { color: #92400e; font-style: italic; }
    ul.plots { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2rem; }
    ul.plots button { font-size: 0.8rem; padding: 0 0.3rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) choices: readonly CompareChoice[] = [];
  @property({ attribute: false }) areas: readonly Area[] = [];
  @property({ attribute: false }) compare: CompareState | null = null;
  /** null while computing */
  @property({ attribute: false }) comparison: ZoneComparison | null = null;

  private choose(patch: Partial<Pick<CompareState, 'beforeId' | 'afterId' | 'areaId'>>): void {
    const c = this.compare;
    if (c !== null) emitCompare(this, 'pz-compare-changed', { beforeId: c.beforeId, afterId: c.afterId, areaId: c.areaId, ...patch });
  }

  private select(testId: string, value: string, options: readonly { id: string; text: string }[], pick: (v: string) => void) {
    return html`<select data-testid=${testId} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
      ${options.map((o) => html`<option value=${o.id} ?selected=${o.id === value}>${o.text}</option>`)}</select>`;
  }

  private plotList(kind: 'added' | 'removed' | 'changed', ids: readonly string[]) {
    const lang = this.lang;
    return html`<h3>${msg(lang, `compare.${kind}`, { n: ids.length })}</h3>
      <ul class="plots" data-testid=${`compare-${kind}`} data-count=${ids.length}>${ids.map((id) => html`<li><button data-plot-id=${id}
        @click=${() => this.dispatchEvent(new CustomEvent('pz-plot-selected', { detail: { id }, bubbles: true, composed: true }))}>${id}</button></li>`)}</ul>`;
  }

  override render() {
    const { lang, compare, comparison } = this;
    if (compare === null) return html``;
    const sets = this.choices.map((c) => ({ id: c.id, text: c.labelKey === null ? c.name : msg(lang, c.labelKey) }));
    const areas = this.areas.map((a) => ({ id: a.id, text: a.level === 'zone' ? msg(lang, 'compare.zone') : `${msg(lang, `compare.level.${a.level}`)} · ${a.name}` }));
    return html`
      <h2>${msg(lang, 'compare.title')}</h2>
      <label><span>${msg(lang, 'compare.before')}</span>${this.select('compare-before', compare.beforeId, sets, (v) => this.choose({ beforeId: v }))}</label>
      <label><span>${msg(lang, 'compare.after')}</span>${this.select('compare-after', compare.afterId, sets, (v) => this.choose({ afterId: v }))}</label>
      <label><span>${msg(lang, 'compare.area')}</span>${this.select('compare-area', compare.areaId, areas, (v) => this.choose({ areaId: v }))}</label>
      ${comparison === null ? html`<p class="muted" data-testid="compare-computing">${msg(lang, 'compare.computing')}</p>` : html`
        <div class="rows"><table data-testid="compare-table">
          <tr><th>${msg(lang, 'compare.figure')}</th><th class="num">${msg(lang, 'compare.before')}</th><th class="num">${msg(lang, 'compare.after')}</th><th class="num">${msg(lang, 'compare.change')}</th></tr>
          ${compareRowsOf(comparison, compare.areaId).map((row) => html`<tr data-figure=${row.figure} data-change=${row.change ?? ''}>
            <td>${figureLabel(lang, row.figure)}${row.projected ? html` <span class="projected" data-testid="compare-projected">${msg(lang, 'compare.projected')}</span>` : ''}</td>
            <td class="num">${figureValue(lang, row.figure, row.before)}</td>
            <td class="num">${figureValue(lang, row.figure, row.after)}</td>
            <td class="num ${row.change === null || row.change === 0 ? '' : row.change > 0 ? 'up' : 'down'}">${row.change === null ? '–' : `${row.change > 0 ? '+' : ''}${figureValue(lang, row.figure, row.change)}`}</td>
          </tr>`)}
        </table></div>
        ${comparison.projectedPlotIds.length > 0 ? html`<p class="projected">${msg(lang, 'compare.projectedNote', { n: comparison.projectedPlotIds.length })}</p>` : ''}
        ${this.plotList('added', comparison.addedPlotIds)}
        ${this.plotList('removed', comparison.removedPlotIds)}
        ${this.plotList('changed', comparison.changedPlotIds)}`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-compare-panel': PzComparePanel;
  }
}
