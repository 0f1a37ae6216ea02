/**
 * <pz-district-list>: the districts with their occupancy ratio (土地供应率) from the engine.
 * Clicking one selects it and flies the map to it.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import { formatRatioPercent } from '../i18n/format.ts';
import { localText, type DistrictRow } from '../state/selectors.ts';
import { emit } from './events.ts';
import { panelStyles } from './styles.ts';

@customElement('pz-district-list')
export class PzDistrictList extends LitElement {
  static override styles = [panelStyles, css`
    ul { list-style: none; margin: 0; padding: 0; }
    button { display: grid; grid-template-columns: 1fr auto; gap: 0.1rem 0.5rem; width: 100%;
             text-align: left; background: none; border: 1px solid transparent; border-radius: 4px;
             padding: 0.35rem 0.45rem; color: inherit; }
    button:hover { background: #f0f4f8; }
    button[aria-pressed='true'] { border-color: #00b4d8; background: #e6f7fb; }
    .name { font-weight: 600; }
    .brief { grid-column: 1 / -1; font-size: 0.78rem; }
    .bar { grid-column: 1 / -1; height: 4px; background: #e4e7eb; border-radius: 2px; overflow: hidden; }
    .bar span { display: block; height: 100%; background: #1d3557; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) rows: readonly DistrictRow[] = [];
  @property() selectedId = '';
  /** false until the engine has answered: occupancy then shows as pending, not as no data */
  @property({ type: Boolean }) statsReady = false;

  override render() {
    const lang = this.lang;
    return html`
      <h2>${msg(lang, 'panel.districts')} · ${msg(lang, 'district.occupancy')}</h2>
      <ul data-testid="district-list">
        ${this.rows.map(({ feature, occupancy }) => {
          const ratio = occupancy?.occupancyRatio ?? null;
          const name = localText(feature, 'name', lang);
          return html`<li><button data-district=${feature.id} aria-pressed=${feature.id === this.selectedId ? 'true' : 'false'}
              @click=${() => emit(this, 'pz-district-selected', { id: feature.id })}>
            <span class="name">${name || feature.id}</span>
            <span class="num occupancy" data-value=${ratio === null ? '' : String(ratio)}>${this.statsReady ? formatRatioPercent(lang, ratio) : '…'}</span>
            <span class="brief muted">${localText(feature, 'brief', lang)}</span>
            <span class="bar"><span style="width:${ratio === null ? 0 : Math.round(ratio * 1000) / 10}%"></span></span>
          </button></li>`;
        })}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-district-list': PzDistrictList;
  }
}
