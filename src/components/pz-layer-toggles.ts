/**
 * <pz-layer-toggles>: switches for the map layers. The basemap switch shows only when a basemap
 * URL is set.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { LayerToggle } from '../state/types.ts';
import { emit } from './events.ts';
import { panelStyles } from './styles.ts';

const TOGGLES: readonly LayerToggle[] = ['districts', 'parks', 'plots', 'labels', 'basemap'];

@customElement('pz-layer-toggles')
export class PzLayerToggles extends LitElement {
  static override styles = [panelStyles, css`
    .toggles { display: grid; grid-template-columns: 1fr 1fr; gap: 0 0.6rem; }
    label { display: flex; gap: 0.4rem; align-items: center; padding: 0.15rem 0; cursor: pointer; }
    input { width: 1em; height: 1em; margin: 0; flex: none; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) layers: Readonly<Record<LayerToggle, boolean>> | null = null;
  @property({ type: Boolean }) hasBasemap = false;

  override render() {
    const layers = this.layers;
    if (layers === null) return html``;
    return html`
      <h2>${msg(this.lang, 'panel.layers')}</h2>
      <div class="toggles">${TOGGLES.filter((t) => t !== 'basemap' || this.hasBasemap).map((layer) => html`
        <label><input type="checkbox" .checked=${layers[layer]} data-layer=${layer}
          @change=${(e: Event) => emit(this, 'pz-layer-toggled', { layer, visible: (e.target as HTMLInputElement).checked })}>
          ${msg(this.lang, `layer.${layer}`)}</label>`)}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-layer-toggles': PzLayerToggles;
  }
}
