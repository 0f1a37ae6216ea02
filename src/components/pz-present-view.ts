/**
 * <pz-present-view>: what lies over the map in Present mode — the large title and caption of
 * the scene shown, the large legend, and the presenter's bar (previous / next, 3D, auto-advance,
 * PNG export, the scenes panel, leave). Sizes follow the screen's shorter side, so the same
 * picture reads from the back of the room at 1024×768 and at 3840×2160.
 */
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import { formatNumber, formatRatioPercent } from '../i18n/format.ts';
import type { Headline } from '../state/presentHeadline.ts';
import type { LegendRow } from '../state/legend.ts';
import { AUTO_ADVANCE_CHOICES_S, type PresentState } from '../state/presentTypes.ts';
import { themeLabelText } from '../state/themes.ts';
import { emitPresent } from './pz-present-events.ts';
import { presentViewStyles } from './pz-present-styles.ts';

@customElement('pz-present-view')
export class PzPresentView extends LitElement {
  static override styles = presentViewStyles;

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) present: PresentState | null = null;
  /** shown when no scene is: the sketch or zone name */
  @property() fallbackTitle = '';
  @property() themeName = '';
  @property({ attribute: false }) legend: readonly LegendRow[] = [];
  /** plots whose 3D height was derived from 容积率 */
  @property({ type: Number }) derivedCount = 0;
  @property({ attribute: false }) headline: Headline | null = null;
  @property() headlineAreaName = '';

  override render() {
    const present = this.present;
    if (present === null) return html``;
    const scene = present.scenes[present.index];
    return html`
      <header class="title" data-testid="present-title">
        <h1>${scene?.title ?? this.fallbackTitle}</h1>
        ${scene !== undefined && scene.caption !== '' ? html`<p class="caption">${scene.caption}</p>` : ''}
        ${this.renderHeadline()}
      </header>
      ${present.panelOpen ? '' : this.renderLegend(present.extrude)}
      ${present.fullscreen === 'refused' ? html`<p class="toast" role="status">${msg(this.lang, 'present.fullscreenRefused')}</p>` : ''}
      ${present.exporting === null ? '' : html`<p class="toast" role="status" data-testid="present-exporting">${msg(this.lang, 'present.exporting', { done: present.exporting.done, total: present.exporting.total })}</p>`}
      ${this.renderBar(present)}
    `;
  }

  private renderHeadline() {
    const headline = this.headline;
    if (headline === null) return '';
    const lang = this.lang;
    return html`<dl class="figures" data-testid="present-figures"><div class="area">${this.headlineAreaName}</div>
      ${headline.figures.map((f) => html`<div><dt>${msg(lang, `district.${f.key}`)}</dt>
        <dd>${f.kind === 'ratio' ? formatRatioPercent(lang, f.value) : `${formatNumber(lang, f.value, 0)} ${msg(lang, 'present.mu')}`}</dd></div>`)}
    </dl>`;
  }

  private renderLegend(extrude: boolean) {
    const lang = this.lang;
    return html`<section class="legend" data-testid="present-legend" aria-label=${msg(lang, 'panel.theme')}>
      <h2>${this.themeName}</h2>
      <ul>${this.legend.map((row) => html`<li><span class="swatch" style="background:${row.color}"></span>
        <span>${themeLabelText(lang, row.label)}</span><span class="count">${formatNumber(lang, row.plotCount, 0)}</span></li>`)}</ul>
      ${extrude && this.derivedCount > 0 ? html`<p class="note">${msg(lang, 'present.derivedHeights', { count: this.derivedCount })}</p>` : ''}
    </section>`;
  }

  private renderBar(present: PresentState) {
    const lang = this.lang;
    const count = present.scenes.length;
    const step = (n: number) => () => emitPresent(this, 'pz-present-stepped', { step: n });
    const exportAs = (scale: 1 | 2, all: boolean) => () => emitPresent(this, 'pz-present-export-requested', { scale, all });
    const busy = present.exporting !== null;
    return html`<nav class=${present.panelOpen ? 'bar beside-panel' : 'bar'} aria-label=${msg(lang, 'present.controls')}>
      <button data-testid="present-prev" ?disabled=${present.index <= 0} @click=${step(-1)} aria-label=${msg(lang, 'present.previous')}>◀</button>
      <span class="counter" data-testid="present-counter">${count === 0 ? msg(lang, 'present.noScenes') : `${present.index < 0 ? '–' : present.index + 1} / ${count}`}</span>
      <button data-testid="present-next" ?disabled=${present.index >= count - 1} @click=${step(1)} aria-label=${msg(lang, 'present.next')}>▶</button>
      <button data-testid="present-3d" aria-pressed=${present.extrude ? 'true' : 'false'}
        @click=${() => emitPresent(this, 'pz-present-3d-toggled', { on: !present.extrude })}>3D</button>
      <label>${msg(lang, 'present.autoAdvance')}
        <select data-testid="present-auto" @change=${(e: Event) => emitPresent(this, 'pz-present-auto-advance-set', { seconds: Number((e.target as HTMLSelectElement).value) })}>
          ${AUTO_ADVANCE_CHOICES_S.map((s) => html`<option value=${s} ?selected=${s === present.autoAdvanceS}>${s === 0 ? msg(lang, 'present.autoOff') : `${s} s`}</option>`)}
        </select></label>
      <button data-testid="present-export-1x" ?disabled=${busy} @click=${exportAs(1, false)}>PNG 1920×1080</button>
      <button data-testid="present-export-2x" ?disabled=${busy} @click=${exportAs(2, false)}>PNG 3840×2160</button>
      <button data-testid="present-export-all" ?disabled=${busy || count === 0} @click=${exportAs(1, true)}>${msg(lang, 'present.exportAll')}</button>
      <button data-testid="present-scenes-toggle" aria-pressed=${present.panelOpen ? 'true' : 'false'}
        @click=${() => emitPresent(this, 'pz-present-panel-toggled', { open: !present.panelOpen })}>${msg(lang, 'present.scenes')}</button>
      <button data-testid="present-exit" @click=${() => emitPresent(this, 'pz-present-exit-requested', {})}>${msg(lang, 'present.exit')}</button>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-present-view': PzPresentView;
  }
}
