/**
 * <pz-draw-readout>: the live numbers next to the cursor while drawing or editing — area in 亩,
 * m² and 公顷, perimeter, and the length of the current edge (or of the split line, or of a
 * move). Placed beside the cursor (x, y in pixels of its positioned parent, the map's box),
 * kept inside that box; it never catches the pointer.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { areaInUnits } from '../domain/units.ts';
import { AREA_DECIMALS, formatNumber } from '../i18n/format.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { DraftReadout } from '../state/editReadout.ts';

const LENGTH_DECIMALS = 1;
/** distance from the cursor; the box flips to the other side near the map's edges */
const OFFSET_PX = 18;

@customElement('pz-draw-readout')
export class PzDrawReadout extends LitElement {
  static override styles = css`
    :host { position: absolute; pointer-events: none; z-index: 5; }
    .box { background: #102a43e6; color: #fff; border-radius: 4px; padding: 0.3rem 0.5rem; font-size: 0.8rem;
           line-height: 1.35; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .main { font-size: 0.95rem; font-weight: 600; }
    .muted { opacity: 0.8; }
  `;

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) readout: DraftReadout | null = null;
  @property({ type: Number }) x = 0;
  @property({ type: Number }) y = 0;

  override updated(): void {
    const parent = this.offsetParent;
    const width = this.offsetWidth;
    const height = this.offsetHeight;
    const right = parent?.clientWidth ?? Infinity;
    const bottom = parent?.clientHeight ?? Infinity;
    const left = this.x + OFFSET_PX + width > right ? this.x - OFFSET_PX - width : this.x + OFFSET_PX;
    const top = this.y + OFFSET_PX + height > bottom ? this.y - OFFSET_PX - height : this.y + OFFSET_PX;
    this.style.left = `${Math.max(0, left)}px`;
    this.style.top = `${Math.max(0, top)}px`;
  }

  override render() {
    const { lang, readout } = this;
    if (readout === null) return html``;
    const m = msg(lang, 'unit.m');
    const area = readout.areaM2 === null ? null : areaInUnits(readout.areaM2);
    return html`<div class="box" data-testid="draw-readout">
      ${area === null ? '' : html`
        <div class="main" data-testid="readout-area-mu" data-value=${String(area.areaMu)}>${msg(lang, 'readout.area')} ${formatNumber(lang, area.areaMu, AREA_DECIMALS.mu)} ${msg(lang, 'unit.mu')}</div>
        <div class="muted"><span data-testid="readout-area-m2" data-value=${String(area.areaM2)}>${formatNumber(lang, area.areaM2, AREA_DECIMALS.m2)} ${msg(lang, 'unit.m2')}</span>
          · <span data-testid="readout-area-hectare">${formatNumber(lang, area.areaHectare, AREA_DECIMALS.hectare)} ${msg(lang, 'unit.hectare')}</span></div>`}
      <div data-testid="readout-perimeter" data-value=${String(readout.perimeterM)}>${msg(lang, area === null ? 'readout.line' : 'readout.perimeter')} ${formatNumber(lang, readout.perimeterM, LENGTH_DECIMALS)} ${m}</div>
      ${readout.edgeM === null ? '' : html`<div data-testid="readout-edge" data-value=${String(readout.edgeM)}>${msg(lang, 'readout.edge')} ${formatNumber(lang, readout.edgeM, LENGTH_DECIMALS)} ${m}</div>`}
      ${readout.moveM === null ? '' : html`<div data-testid="readout-move">${msg(lang, 'readout.move')} ${formatNumber(lang, readout.moveM, LENGTH_DECIMALS)} ${m}</div>`}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-draw-readout': PzDrawReadout;
  }
}
