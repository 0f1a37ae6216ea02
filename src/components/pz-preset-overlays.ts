/**
 * <pz-preset-overlays>: Review mode's map overlays, switched on and tuned here: the DBSCAN
 * cluster hulls of each industry (radius, minimum plots) and the hexagon density grid (size).
 * Sits with the preset panel in Review mode's left column.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { OverlayParams } from '../state/presetProtocol.ts';
import type { ReviewOverlayState } from '../state/presetTypes.ts';
import { emitPreset } from './pz-preset-events.ts';
import { panelStyles } from './styles.ts';

const LIMITS: Record<keyof OverlayParams, { min: number; max: number; step: number }> = {
  epsM: { min: 50, max: 2000, step: 10 },
  minPts: { min: 2, max: 20, step: 1 },
  cellSizeM: { min: 50, max: 2000, step: 10 },
};

@customElement('pz-preset-overlays')
export class PzPresetOverlays extends LitElement {
  static override styles = [panelStyles, css`
    label { display: flex; gap: 0.4rem; align-items: center; margin: 0.15rem 0; }
    label.param { padding-left: 1.4rem; }
    input[type=number] { width: 5rem; font: inherit; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) overlay: ReviewOverlayState | null = null;

  private change(patch: Partial<Omit<ReviewOverlayState, 'params'>>, params: Partial<OverlayParams> = {}): void {
    const overlay = this.overlay;
    if (overlay === null) return;
    emitPreset(this, 'pz-overlay-changed', { overlay: { ...overlay, ...patch, params: { ...overlay.params, ...params } } });
  }

  private param(key: keyof OverlayParams) {
    const overlay = this.overlay;
    if (overlay === null) return '';
    const { min, max, step } = LIMITS[key];
    return html`<label class="param"><span>${msg(this.lang, `overlay.${key}`)}</span>
      <input type="number" data-testid=${`overlay-${key}`} min=${min} max=${max} step=${step} .value=${String(overlay.params[key])}
        @change=${(e: Event) => {
          const value = Number((e.target as HTMLInputElement).value);
          if (Number.isFinite(value) && value >= min && value <= max) this.change({}, { [key]: value });
        }}></label>`;
  }

  override render() {
    const overlay = this.overlay;
    if (overlay === null) return html``;
    const lang = this.lang;
    return html`
      <h2>${msg(lang, 'overlay.title')}</h2>
      <label><input type="checkbox" data-testid="overlay-hulls" .checked=${overlay.hulls}
        @change=${(e: Event) => this.change({ hulls: (e.target as HTMLInputElement).checked })}>${msg(lang, 'overlay.hulls')}</label>
      ${this.param('epsM')}${this.param('minPts')}
      <label><input type="checkbox" data-testid="overlay-hex" .checked=${overlay.hex}
        @change=${(e: Event) => this.change({ hex: (e.target as HTMLInputElement).checked })}>${msg(lang, 'overlay.hex')}</label>
      ${this.param('cellSizeM')}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-preset-overlays': PzPresetOverlays;
  }
}
