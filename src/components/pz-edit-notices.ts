/**
 * <pz-edit-notices>: what the planner must know about the last edit — a refused operation with
 * its reason, and the plan checks of the plots just drawn or changed: an overlap (with a
 * one-click trim to the free land), a plot outside every district, a plot counted pro rata
 * across a district boundary. Events: pz-edit-notice-dismissed, pz-trim-requested.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { PlotFlags } from '../state/editChecks.ts';
import type { EditNotice } from '../state/editTypes.ts';
import { emitEdit } from './editEvents.ts';
import { panelStyles } from './styles.ts';

@customElement('pz-edit-notices')
export class PzEditNotices extends LitElement {
  static override styles = [panelStyles, css`
    .notice { border-radius: 4px; padding: 0.45rem 0.6rem; margin-bottom: 0.5rem; }
    .refused { background: #ffe3e3; color: #8a1c1c; }
    .warn { background: #fff3c4; color: #513c06; }
    .info { background: #e6f7fb; color: #0b4f61; }
    .row { display: flex; gap: 0.5rem; align-items: center; justify-content: space-between; }
    button { border: 1px solid currentColor; background: #fff; color: inherit; border-radius: 4px; padding: 0.15rem 0.5rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) notice: EditNotice | null = null;
  @property({ attribute: false }) flags: readonly PlotFlags[] = [];

  override render() {
    const { lang, notice } = this;
    return html`
      ${notice === null ? '' : html`<div class="notice ${notice.level} row" role="alert" data-testid="edit-notice" data-level=${notice.level}>
        <span>${lang === 'zh' ? notice.messageZh : notice.messageEn}</span>
        <button @click=${() => emitEdit(this, 'pz-edit-notice-dismissed', {})}>${msg(lang, 'edit.dismiss')}</button></div>`}
      ${this.flags.map((f) => html`
        ${f.overlapsPlotIds.length === 0 ? '' : html`<div class="notice warn row" data-testid="flag-overlap" data-plot=${f.plotId}>
          <span>${msg(lang, 'flag.overlaps', { id: f.plotId, ids: f.overlapsPlotIds.join(', ') })}</span>
          <button data-testid="trim" @click=${() => emitEdit(this, 'pz-trim-requested', { plotId: f.plotId })}>${msg(lang, 'flag.trim')}</button></div>`}
        ${f.outsideAllDistricts ? html`<div class="notice warn" data-testid="flag-outside">${msg(lang, 'flag.outside', { id: f.plotId })}</div>` : ''}
        ${f.crossesDistrictBoundary ? html`<div class="notice info" data-testid="flag-crosses">${msg(lang, 'flag.crosses', { id: f.plotId })}</div>` : ''}`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-edit-notices': PzEditNotices;
  }
}
