/**
 * <pz-plot-details>: one plot: its area in 亩, m² and 公顷, its per-亩 indicators checked against
 * the active preset, its class, and every property of the file as plain text.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { areaInUnits } from '../domain/units.ts';
import { AREA_DECIMALS, formatNumber } from '../i18n/format.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { PlotFigures } from '../stats/types.ts';
import type { SourceFeature } from '../state/types.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { panelStyles } from './styles.ts';
import './pz-indicator-table.ts';
import './pz-property-table.ts';

@customElement('pz-plot-details')
export class PzPlotDetails extends LitElement {
  static override styles = [panelStyles, css`h2 { margin-top: 0.9rem; }`];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) feature: SourceFeature | null = null;
  /** the engine's figures; undefined while they are being computed */
  @property({ attribute: false }) figures: PlotFigures | null | undefined = undefined;
  @property({ attribute: false }) preset: ThresholdPreset | null = null;
  /** names of the districts and parks the plot lies in, largest share first */
  @property({ attribute: false }) placeNames: readonly string[] = [];

  override render() {
    const { lang, feature, figures } = this;
    if (feature === null) return html`<p class="muted">${msg(lang, 'plot.missing')}</p>`;
    return html`
      <h3 data-testid="plot-title">${msg(lang, 'plot.title', { id: feature.id })}</h3>
      ${figures === undefined ? html`<p class="muted">${msg(lang, 'plot.loading')}</p>` : figures === null ? html`` : this.renderFigures(figures)}
      <h2>${msg(lang, 'plot.properties')}</h2>
      <pz-property-table .properties=${feature.properties}></pz-property-table>
    `;
  }

  private renderFigures(figures: PlotFigures) {
    const lang = this.lang;
    const area = areaInUnits(figures.areaM2);
    const cell = (value: number, digits: number, unit: 'unit.mu' | 'unit.m2' | 'unit.hectare', testId: string) =>
      html`<td class="num" data-testid=${testId} data-value=${String(value)}>${formatNumber(lang, value, digits)} ${msg(lang, unit)}</td>`;
    return html`
      <table data-testid="plot-area">
        <tr><th>${msg(lang, 'plot.area')}</th>${cell(area.areaMu, AREA_DECIMALS.mu, 'unit.mu', 'area-mu')}</tr>
        <tr><td></td>${cell(area.areaM2, AREA_DECIMALS.m2, 'unit.m2', 'area-m2')}</tr>
        <tr><td></td>${cell(area.areaHectare, AREA_DECIMALS.hectare, 'unit.hectare', 'area-hectare')}</tr>
        <tr><th>${msg(lang, 'plot.location')}</th><td class="num">${this.placeNames.join(' / ') || msg(lang, 'common.noData')}</td></tr>
        <tr><th>${msg(lang, 'plot.class')}</th><td class="num" data-testid="plot-class">${figures.efficiencyClass ?? msg(lang, 'class.none')}</td></tr>
      </table>
      <h2>${msg(lang, 'plot.efficiency')}</h2>
      <p class="muted">${msg(lang, 'plot.preset', { preset: (lang === 'zh' ? this.preset?.name : this.preset?.nameEn) ?? '' })}</p>
      <pz-indicator-table .lang=${lang} .efficiency=${figures.efficiency} .compliance=${figures.compliance} .preset=${this.preset}></pz-indicator-table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-plot-details': PzPlotDetails;
  }
}
