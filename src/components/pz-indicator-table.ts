/**
 * <pz-indicator-table>: per-亩 indicators of a plot with the preset's bound and the engine's
 * verdict, indicator by indicator.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { formatNumber, formatRatioPercent } from '../i18n/format.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { Efficiency, IndicatorCompliance, ThresholdIndicator } from '../stats/types.ts';
import { panelStyles } from './styles.ts';

const INDICATORS: readonly ThresholdIndicator[] = [
  'investmentWanYuanPerMu', 'outputWanYuanPerMu', 'taxWanYuanPerMu',
  'floorAreaRatio', 'buildingCoverageRatio', 'greenRatio', 'adminRatio',
];

type Shape = 'perMu' | 'plain' | 'percent';
const SHAPE: Readonly<Record<ThresholdIndicator, Shape>> = {
  investmentWanYuanPerMu: 'perMu', outputWanYuanPerMu: 'perMu', taxWanYuanPerMu: 'perMu',
  floorAreaRatio: 'plain', buildingCoverageRatio: 'percent', greenRatio: 'percent', adminRatio: 'percent',
};

function formatValue(lang: Lang, indicator: ThresholdIndicator, value: number | null | undefined): string {
  if (value === null || value === undefined) return msg(lang, 'common.noData');
  switch (SHAPE[indicator]) {
    case 'perMu': return `${formatNumber(lang, value, 1)} ${msg(lang, 'unit.wanYuanPerMu')}`;
    case 'plain': return formatNumber(lang, value, 2);
    case 'percent': return formatRatioPercent(lang, value);
  }
}

/** The preset's bound for an indicator, as text ("≥ 250", "0.7–1.8", "≤ 20 %"), '' when unchecked. */
function boundText(lang: Lang, indicator: ThresholdIndicator, preset: ThresholdPreset | null): string {
  if (preset === null) return '';
  const f = (value: number): string => formatValue(lang, indicator, value);
  const range = (r: { min?: number; max?: number } | undefined): string => {
    if (r === undefined) return '';
    if (r.min !== undefined && r.max !== undefined) return `${f(r.min)} – ${f(r.max)}`;
    if (r.min !== undefined) return `≥ ${f(r.min)}`;
    return r.max !== undefined ? `≤ ${f(r.max)}` : '';
  };
  const min = (v: number | undefined): string => (v === undefined ? '' : `≥ ${f(v)}`);
  const max = (v: number | undefined): string => (v === undefined ? '' : `≤ ${f(v)}`);
  switch (indicator) {
    case 'investmentWanYuanPerMu': return min(preset.minInvestmentWanYuanPerMu);
    case 'outputWanYuanPerMu': return min(preset.minOutputWanYuanPerMu);
    case 'taxWanYuanPerMu': return min(preset.minTaxWanYuanPerMu);
    case 'floorAreaRatio': return range(preset.floorAreaRatio);
    case 'buildingCoverageRatio': return range(preset.buildingCoverageRatio);
    case 'greenRatio': return max(preset.maxGreenRatio);
    case 'adminRatio': return max(preset.maxAdminRatio);
  }
}

@customElement('pz-indicator-table')
export class PzIndicatorTable extends LitElement {
  static override styles = [panelStyles, css`
    table { font-size: 0.8rem; }
    td.verdict { white-space: nowrap; }
    td.bound { font-size: 0.72rem; white-space: nowrap; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) efficiency: Efficiency | null = null;
  @property({ attribute: false }) compliance: readonly IndicatorCompliance[] = [];
  @property({ attribute: false }) preset: ThresholdPreset | null = null;

  override render() {
    const { lang, efficiency } = this;
    if (efficiency === null) return html``;
    return html`<table data-testid="indicators">
      <tr><th>${msg(lang, 'plot.indicator')}</th><th class="num">${msg(lang, 'plot.value')}</th><th class="num bound">${msg(lang, 'plot.threshold')}</th><th>${msg(lang, 'plot.verdict')}</th></tr>
      ${INDICATORS.map((indicator) => {
        const verdict = this.compliance.find((c) => c.indicator === indicator)?.verdict;
        const value = efficiency[indicator];
        return html`<tr data-indicator=${indicator}>
          <td>${msg(lang, `indicator.${indicator}`)}</td>
          <td class="num" data-value=${value === null ? '' : String(value)}>${formatValue(lang, indicator, value)}</td>
          <td class="num muted bound">${boundText(lang, indicator, this.preset)}</td>
          <td class="verdict ${verdict ?? 'no-data'}">${verdict === undefined ? '—' : msg(lang, `verdict.${verdict}`)}</td>
        </tr>`;
      })}
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-indicator-table': PzIndicatorTable;
  }
}
