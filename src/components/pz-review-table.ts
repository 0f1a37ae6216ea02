/**
 * <pz-review-table>: one Review table with its title and a CSV button. Each number cell carries
 * its unrounded value in `data-value`; location quotients are shaded as a heat table; a row that
 * stands for a plot selects it when clicked.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import { formatReviewValue, lqHeatColor } from '../state/reviewFormat.ts';
import { isBilingual, type ReviewRow, type ReviewTable } from '../state/reviewTable.ts';
import { emit } from './events.ts';
import { emitReview } from './pz-review-events.ts';

@customElement('pz-review-table')
export class PzReviewTable extends LitElement {
  static override styles = css`
    :host { display: block; margin-bottom: 1rem; break-inside: auto; }
    header { display: flex; align-items: baseline; gap: 0.5rem; }
    h3 { font-size: 0.9rem; margin: 0.3rem 0; flex: 1; }
    button.csv { font: inherit; font-size: 0.75rem; padding: 0.1rem 0.5rem; cursor: pointer; }
    .scroll { overflow-x: auto; max-height: var(--pz-review-table-height, none); overflow-y: auto; }
    table { border-collapse: collapse; font-size: 0.75rem; font-variant-numeric: tabular-nums; }
    th, td { border: 1px solid #d9e2ec; padding: 0.15rem 0.35rem; }
    td { white-space: nowrap; }
    th { min-width: 3.5em; }
    td:first-child { position: sticky; left: 0; background: #fff; }
    th { background: #f0f4f8; position: sticky; top: 0; font-weight: 600; text-align: center; }
    td.num { text-align: right; white-space: nowrap; }
    tr.plot { cursor: pointer; }
    tr.plot:hover, tr.plot:focus { background: #fff3c4; outline: none; }
    td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    @media print { button.csv { display: none; } .scroll { overflow: visible; max-height: none; } th, td:first-child { position: static; } table { font-size: 7pt; } }
  `;

  @property({ attribute: false }) table: ReviewTable | null = null;
  @property() override lang: Lang = 'zh';

  override render() {
    const table = this.table;
    if (table === null) return html``;
    return html`
      <header>
        <h3>${table.title[this.lang]}</h3>
        <button class="csv" data-testid="review-csv" @click=${() => emitReview(this, 'pz-review-csv-requested', { tableId: table.id })}>${msg(this.lang, 'review.csv')}</button>
      </header>
      ${table.rows.length === 0 && table.id === 'failing' ? html`<p>${msg(this.lang, 'review.noFailing')}</p>` : html`
      <div class="scroll"><table data-table=${table.id}>
        <thead><tr>${table.columns.map((c) => html`<th data-col=${c.key}>${c.label[this.lang]}</th>`)}</tr></thead>
        <tbody>${table.rows.map((row) => this.row(row))}</tbody>
      </table></div>`}
    `;
  }

  private row(row: ReviewRow) {
    const columns = this.table?.columns ?? [];
    const select = row.plotId === undefined ? undefined : (): void => emit(this, 'pz-plot-selected', { id: row.plotId ?? '' });
    const onKey = (e: KeyboardEvent): void => { if (e.key === 'Enter' && select) select(); };
    return html`<tr data-row=${row.key} class=${select ? 'plot' : ''} tabindex=${select ? 0 : -1} @click=${select} @keydown=${onKey}>
      ${row.values.map((value, i) => {
        const column = columns[i];
        const kind = column?.kind ?? 'text';
        const text = formatReviewValue(this.lang, value, kind);
        if (isBilingual(value) || kind === 'text') return html`<td data-col=${column?.key ?? ''}>${text}</td>`;
        const style = kind === 'lq' ? `background:${lqHeatColor(value)}` : '';
        return html`<td class="num" data-col=${column?.key ?? ''} data-value=${value === null ? '' : String(value)} style=${style}>${text}</td>`;
      })}
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-review-table': PzReviewTable;
  }
}
