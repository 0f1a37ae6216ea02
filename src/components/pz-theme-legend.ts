/**
 * <pz-theme-legend>: the theme chooser and the legend of the chosen theme. The rows come from
 * the same theme table as the map's paint expression.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import { formatNumber } from '../i18n/format.ts';
import type { LegendRow } from '../state/legend.ts';
import { THEME_IDS, isThemeId, themeLabelText, type ThemeId } from '../state/themes.ts';
import { emit } from './events.ts';
import { panelStyles } from './styles.ts';

@customElement('pz-theme-legend')
export class PzThemeLegend extends LitElement {
  static override styles = [panelStyles, css`
    select { width: 100%; font: inherit; padding: 0.25rem; margin-bottom: 0.5rem; }
    ul { list-style: none; margin: 0; padding: 0 0.3rem 0 0; max-height: 32vh; overflow: auto; }
    li { display: flex; gap: 0.45rem; align-items: center; padding: 0.12rem 0; }
    .code { font-variant-numeric: tabular-nums; color: var(--pz-muted, #52606d); min-width: 2.6rem; }
    .label { flex: 1; }
    .count { font-variant-numeric: tabular-nums; color: var(--pz-muted, #52606d); }
  `];

  @property() override lang: Lang = 'zh';
  @property() theme: ThemeId = 'landUse';
  @property({ attribute: false }) rows: readonly LegendRow[] = [];

  override render() {
    const lang = this.lang;
    return html`
      <h2>${msg(lang, 'panel.theme')}</h2>
      <select data-testid="theme-select" aria-label=${msg(lang, 'panel.theme')} @change=${this.onChange}>
        ${THEME_IDS.map((id) => html`<option value=${id} ?selected=${id === this.theme}>${msg(lang, `theme.${id}`)}</option>`)}
      </select>
      ${this.rows.length === 0 ? html`<p class="muted">${msg(lang, 'legend.empty')}</p>` : html`
        <ul data-testid="legend">
          ${this.rows.map((row) => html`<li data-value=${row.value ?? ''} data-color=${row.color}>
            <span class="swatch" style="background:${row.color}"></span>
            ${row.code === null ? '' : html`<span class="code">${row.code}</span>`}
            <span class="label">${themeLabelText(lang, row.label)}</span>
            <span class="count">${msg(lang, 'legend.count', { count: formatNumber(lang, row.plotCount, 0) })}</span>
          </li>`)}
        </ul>`}
    `;
  }

  private onChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isThemeId(value)) emit(this, 'pz-theme-chosen', { theme: value });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-theme-legend': PzThemeLegend;
  }
}
