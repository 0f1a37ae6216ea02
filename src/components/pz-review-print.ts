/**
 * <pz-review-print>: the report page for browser print to PDF (A4 or A3 landscape): title, date,
 * sketch name, the map image, its legend, and the dashboard's tables and charts. On screen it is
 * a preview over the workspace with Print and Close; in print it is the only thing on the page.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { ReviewDashboard } from '../state/reviewSelectors.ts';
import { emitReview } from './pz-review-events.ts';
import './pz-review-dashboard.ts';

export interface PrintLegendRow {
  color: string;
  label: string;
}

@customElement('pz-review-print')
export class PzReviewPrint extends LitElement {
  static override styles = css`
    :host { display: block; background: #fff; color: #102a43; padding: 1.5rem 2rem; box-sizing: border-box; }
    .bar { display: flex; gap: 0.5rem; justify-content: flex-end; }
    button { font: inherit; padding: 0.3rem 0.9rem; cursor: pointer; }
    h1 { font-size: 1.4rem; margin: 0 0 0.3rem; }
    .meta { display: flex; gap: 2rem; color: #52606d; font-size: 0.9rem; margin-bottom: 0.8rem; }
    figure { margin: 0 0 1rem; break-inside: avoid; }
    img { display: block; width: 100%; max-height: 150mm; object-fit: contain; border: 1px solid #d9e2ec; }
    figcaption { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.8rem; margin-top: 0.4rem; }
    .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: -0.1em;
              border: 1px solid #0003; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    .error { color: #8a1c1c; }
    @media print { :host { padding: 0; } .bar { display: none; } }
  `;

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) dashboard: ReviewDashboard | null = null;
  /** the map as a data URL; '' while it is being made or when it failed */
  @property() imageUrl = '';
  @property() imageError = '';
  @property() sketchName = '';
  @property() date = '';
  @property() legendTitle = '';
  @property({ attribute: false }) legend: readonly PrintLegendRow[] = [];

  override render() {
    const lang = this.lang;
    return html`
      <div class="bar">
        <button data-testid="review-print-now" @click=${() => window.print()}>${msg(lang, 'review.print')}</button>
        <button data-testid="review-print-close" @click=${() => emitReview(this, 'pz-review-print-closed', {})}>${msg(lang, 'common.close')}</button>
      </div>
      <h1>${msg(lang, 'app.zoneName')} · ${msg(lang, 'review.printTitle')}</h1>
      <div class="meta">
        <span data-testid="print-date">${msg(lang, 'review.printDate', { date: this.date })}</span>
        <span data-testid="print-sketch">${msg(lang, 'review.printSketch', { name: this.sketchName })}</span>
      </div>
      <figure>
        ${this.imageUrl !== '' ? html`<img data-testid="print-map" alt=${msg(lang, 'review.printTitle')} src=${this.imageUrl}>`
          : html`<p class=${this.imageError === '' ? '' : 'error'}>${this.imageError === '' ? msg(lang, 'review.printPreparing') : msg(lang, 'review.printMapFailed', { reason: this.imageError })}</p>`}
        <figcaption><strong>${msg(lang, 'review.legend', { theme: this.legendTitle })}</strong>
          ${this.legend.map((row) => html`<span><span class="swatch" style="background:${row.color}"></span>${row.label}</span>`)}</figcaption>
      </figure>
      <pz-review-dashboard printed .lang=${lang} .dashboard=${this.dashboard}></pz-review-dashboard>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-review-print': PzReviewPrint;
  }
}
