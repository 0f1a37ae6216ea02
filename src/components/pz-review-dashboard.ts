/**
 * <pz-review-dashboard>: Review mode's panel beside the map: occupancy, clusters, per-亩
 * efficiency and compliance as tables and charts, each table exportable as CSV, and the print
 * buttons. Shows the dashboard it is handed; computes nothing.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatRatioPercent } from '../i18n/format.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { ReviewDashboard } from '../state/reviewSelectors.ts';
import type { ReviewChart, ReviewTableId } from '../state/reviewTable.ts';
import { emitReview } from './pz-review-events.ts';
import './pz-review-table.ts';
import './charts/pz-stacked-bars.ts';

const SECTIONS: ReadonlyArray<{ table: ReviewTableId; chart?: ReviewChart['id']; decimals?: number }> = [
  { table: 'occupancy', chart: 'occupancy' },
  { table: 'lq' },
  { table: 'clusters', chart: 'clusters', decimals: 1 },
  { table: 'efficiency', chart: 'classes' },
  { table: 'compliance' },
  { table: 'failing' },
];

@customElement('pz-review-dashboard')
export class PzReviewDashboard extends LitElement {
  static override styles = css`
    :host { display: block; }
    .top { display: flex; align-items: center; gap: 0.4rem; flex-wrap: wrap; margin-bottom: 0.5rem; }
    h2 { font-size: 1rem; margin: 0; flex: 1; }
    button { font: inherit; font-size: 0.8rem; padding: 0.2rem 0.6rem; cursor: pointer; }
    .agglomeration { font-size: 0.85rem; margin: 0 0 0.8rem; }
    pz-review-table[data-id='failing'] { --pz-review-table-height: 18rem; }
  `;

  @property({ attribute: false }) dashboard: ReviewDashboard | null = null;
  @property() override lang: Lang = 'zh';
  /** hide the buttons (the print page shows the same dashboard) */
  @property({ type: Boolean }) printed = false;

  override render() {
    const { lang, dashboard } = this;
    return html`
      <div class="top">
        <h2>${msg(lang, 'review.title')}</h2>
        ${this.printed ? '' : html`
          <button data-testid="review-print-a4" @click=${() => emitReview(this, 'pz-review-print-requested', { paper: 'a4' })}>${msg(lang, 'review.print')} A4</button>
          <button data-testid="review-print-a3" @click=${() => emitReview(this, 'pz-review-print-requested', { paper: 'a3' })}>${msg(lang, 'review.print')} A3</button>`}
      </div>
      ${dashboard === null ? html`<p data-testid="review-loading">${msg(lang, 'review.loading')}</p>` : this.body(dashboard)}
    `;
  }

  private body(dashboard: ReviewDashboard) {
    const lang = this.lang;
    const { ratio, basis, leading } = dashboard.agglomeration;
    const clusters = leading.map((i) => msg(lang, `industry.${i}`)).join(lang === 'zh' ? '、' : ', ');
    return html`
      <p class="agglomeration" data-testid="review-agglomeration" data-value=${ratio === null ? '' : String(ratio)} data-basis=${basis}>
        ${msg(lang, 'review.agglomeration', { ratio: formatRatioPercent(lang, ratio), basis: msg(lang, `review.basis.${basis}`), clusters })}</p>
      ${SECTIONS.map((section) => html`
        <section data-section=${section.table}>
          <pz-review-table data-id=${section.table} .lang=${lang} .table=${dashboard.tables[section.table]}></pz-review-table>
          ${section.chart === undefined ? '' : html`<pz-stacked-bars .lang=${lang} .decimals=${section.decimals ?? 0}
            .chart=${dashboard.charts.find((c) => c.id === section.chart) ?? null}></pz-stacked-bars>`}
        </section>`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-review-dashboard': PzReviewDashboard;
  }
}
