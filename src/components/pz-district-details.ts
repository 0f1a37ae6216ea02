/**
 * <pz-district-details>: a district's occupancy figures, its parks and its cluster table,
 * all from the engine's zone statistics.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { m2ToMu } from '../domain/units.ts';
import { AREA_DECIMALS, formatNumber, formatRatioPercent } from '../i18n/format.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { ClusterDensity, Occupancy } from '../stats/types.ts';
import { localText } from '../state/selectors.ts';
import type { SourceFeature } from '../state/types.ts';
import { panelStyles } from './styles.ts';

type AreaKey = 'landAreaM2' | 'plottedAreaM2' | 'developableAreaM2' | 'suppliedAreaM2' | 'builtAreaM2' | 'idleAreaM2' | 'vacantAreaM2';
type RatioKey = 'occupancyRatio' | 'builtRatio' | 'idleRatio' | 'coverageRatio' | 'industrialLandRatio' | 'standardFactoryOccupancyRatio';

const AREA_ROWS: ReadonlyArray<[AreaKey, MessageKey]> = [
  ['landAreaM2', 'district.landArea'], ['plottedAreaM2', 'district.plottedArea'],
  ['developableAreaM2', 'district.developableArea'], ['suppliedAreaM2', 'district.suppliedArea'],
  ['builtAreaM2', 'district.builtArea'], ['idleAreaM2', 'district.idleArea'], ['vacantAreaM2', 'district.vacantArea'],
];
const RATIO_ROWS: readonly RatioKey[] = [
  'occupancyRatio', 'builtRatio', 'idleRatio', 'coverageRatio', 'industrialLandRatio', 'standardFactoryOccupancyRatio',
];

export interface ParkRow {
  feature: SourceFeature;
  occupancy: Occupancy | null;
}

@customElement('pz-district-details')
export class PzDistrictDetails extends LitElement {
  static override styles = [panelStyles, css`
    table.clusters { font-size: 0.78rem; }
    table.clusters th { font-weight: 600; vertical-align: bottom; }
    h2 { margin-top: 0.9rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) feature: SourceFeature | null = null;
  @property({ attribute: false }) occupancy: Occupancy | null = null;
  @property({ attribute: false }) parks: readonly ParkRow[] = [];
  @property({ attribute: false }) clusters: readonly ClusterDensity[] = [];

  override render() {
    const { lang, feature } = this;
    if (feature === null) return html`<p class="muted">${msg(lang, 'district.missing')}</p>`;
    const name = localText(feature, 'name', lang) || feature.id;
    const brief = localText(feature, 'brief', lang);
    return html`
      <h3 data-testid="district-title">${name}</h3>
      ${brief === '' ? '' : html`<p class="muted">${msg(lang, 'district.brief', { brief })}</p>`}
      <h2>${msg(lang, 'district.figures')}</h2>
      ${this.renderFigures()}
      <h2>${msg(lang, 'district.parks')}</h2>
      ${this.renderParks()}
      <h2>${msg(lang, 'district.clusters')}</h2>
      ${this.renderClusters()}
    `;
  }

  private renderFigures() {
    const { lang, occupancy: o } = this;
    if (o === null) return html`<p class="muted">${msg(lang, 'plot.loading')}</p>`;
    return html`<table data-testid="district-figures">
      <tr><th>${msg(lang, 'district.plotCount')}</th><td class="num">${formatNumber(lang, o.plotCount, 0)}</td></tr>
      ${AREA_ROWS.map(([key, label]) => html`<tr><th>${msg(lang, label)}</th>
        <td class="num" data-key=${key} data-value=${String(o[key])}>${formatNumber(lang, m2ToMu(o[key]), 1)} ${msg(lang, 'unit.mu')}</td></tr>`)}
      ${RATIO_ROWS.map((key) => html`<tr><th>${msg(lang, `district.${key}`)}</th>
        <td class="num" data-key=${key} data-value=${o[key] === null ? '' : String(o[key])}>${formatRatioPercent(lang, o[key])}</td></tr>`)}
    </table>`;
  }

  private renderParks() {
    const lang = this.lang;
    if (this.parks.length === 0) return html`<p class="muted">${msg(lang, 'district.noParks')}</p>`;
    return html`<table data-testid="district-parks">${this.parks.map(({ feature, occupancy }) => html`<tr>
      <td>${localText(feature, 'name', lang) || feature.id}</td>
      <td class="num">${occupancy === null ? '' : `${formatNumber(lang, m2ToMu(occupancy.landAreaM2), AREA_DECIMALS.mu - 1)} ${msg(lang, 'unit.mu')}`}</td>
      <td class="num">${formatRatioPercent(lang, occupancy?.occupancyRatio ?? null)}</td></tr>`)}</table>`;
  }

  private renderClusters() {
    const lang = this.lang;
    const clusters = this.clusters.filter((c) => c.enterpriseCount > 0 || c.clusterAreaM2 > 0);
    if (clusters.length === 0) return html`<p class="muted">${msg(lang, 'district.noClusters')}</p>`;
    return html`<table class="clusters" data-testid="district-clusters">
      <tr><th>${msg(lang, 'cluster.industry')}</th><th class="num">${msg(lang, 'cluster.enterprises')}</th>
        <th class="num">${msg(lang, 'cluster.density')}</th><th class="num">${msg(lang, 'cluster.areaMu')}</th>
        <th class="num">${msg(lang, 'cluster.share')}</th>
        <th class="num">${msg(lang, 'cluster.lq')}</th></tr>
      ${clusters.map((c) => html`<tr data-industry=${c.industry}><td>${msg(lang, `industry.${c.industry}`)}</td>
        <td class="num">${formatNumber(lang, c.enterpriseCount, 0)}</td>
        <td class="num">${formatNumber(lang, c.densityPerKm2, 1)}</td>
        <td class="num">${formatNumber(lang, m2ToMu(c.clusterAreaM2), 1)}</td>
        <td class="num">${formatRatioPercent(lang, c.areaShare)}</td>
        <td class="num">${formatNumber(lang, c.locationQuotient, 2)}</td></tr>`)}
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-district-details': PzDistrictDetails;
  }
}
