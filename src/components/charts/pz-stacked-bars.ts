/**
 * <pz-stacked-bars>: a horizontal stacked bar chart drawn as SVG: one bar per row, one coloured
 * segment per series, the row's total at the bar's end, and a legend. Scales to its width and
 * prints as vectors. Draws the numbers it is given; computes none but the scale.
 */
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/locale.ts';
import type { ReviewChart } from '../../state/reviewTable.ts';

const LABEL_W = 90;
const BAR_W = 250;
const TOTAL_W = 60;
const ROW_H = 22;

@customElement('pz-stacked-bars')
export class PzStackedBars extends LitElement {
  static override styles = css`
    :host { display: block; break-inside: avoid; }
    h3 { font-size: 0.85rem; margin: 0.4rem 0; }
    svg { width: 100%; max-width: 36rem; height: auto; font: 11px sans-serif; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.2rem 0.8rem; font-size: 0.75rem; margin: 0.2rem 0 0.6rem; }
    .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; border: 1px solid #0003;
              vertical-align: -0.1em; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  `;

  @property({ attribute: false }) chart: ReviewChart | null = null;
  @property() override lang: Lang = 'zh';
  @property({ type: Number }) decimals = 0;

  override render() {
    const chart = this.chart;
    if (chart === null) return html``;
    const totals = chart.rows.map((row) => row.values.reduce((sum, v) => sum + v, 0));
    const max = Math.max(...totals, 1e-12);
    const height = chart.rows.length * ROW_H + 4;
    return html`
      <h3>${chart.title[this.lang]}</h3>
      <svg viewBox="0 0 ${LABEL_W + BAR_W + TOTAL_W} ${height}" role="img" aria-label=${chart.title[this.lang]} data-chart=${chart.id}>
        ${chart.rows.map((row, r) => this.bar(row, r, max, totals[r] ?? 0))}
      </svg>
      <div class="legend">${chart.series.map((s) => html`<span><span class="swatch" style="background:${s.color}"></span>${s.label[this.lang]}</span>`)}</div>
    `;
  }

  private bar(row: ReviewChart['rows'][number], index: number, max: number, total: number) {
    const chart = this.chart;
    if (chart === null) return svg``;
    const y = index * ROW_H + 2;
    let x = LABEL_W;
    const segments = row.values.map((value, s) => {
      const width = (value / max) * BAR_W;
      const series = chart.series[s];
      const rect = svg`<rect x=${x} y=${y} width=${Math.max(0, width)} height=${ROW_H - 6} fill=${series?.color ?? '#999'}
        stroke="#0002"><title>${series?.label[this.lang] ?? ''}: ${formatNumber(this.lang, value, this.decimals)}</title></rect>`;
      x += width;
      return rect;
    });
    return svg`
      <text x=${LABEL_W - 4} y=${y + (ROW_H - 6) / 2} dominant-baseline="middle" text-anchor="end">${row.label[this.lang]}</text>
      ${segments}
      <text x=${x + 4} y=${y + (ROW_H - 6) / 2} dominant-baseline="middle" fill="#52606d">${formatNumber(this.lang, total, this.decimals)}</text>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-stacked-bars': PzStackedBars;
  }
}
