/**
 * <pz-merge-choice>: merging the picked plots — the planner chooses whose attributes (land use,
 * enterprise, figures) the merged plot keeps, then confirms. Events: pz-merge-confirmed,
 * pz-merge-cancelled.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { SourceFeature } from '../state/types.ts';
import { emitEdit } from './editEvents.ts';
import { panelStyles } from './styles.ts';

function summary(feature: SourceFeature): string {
  const { landUse, enterprise, status } = feature.properties;
  return [landUse, status, enterprise].filter((v) => typeof v === 'string' || typeof v === 'number').join(' · ');
}

@customElement('pz-merge-choice')
export class PzMergeChoice extends LitElement {
  static override styles = [panelStyles, css`
    :host { border: 1px solid #00b4d8; border-radius: 6px; padding: 0.6rem; margin-bottom: 0.8rem; background: #f4fbfd; }
    label { display: flex; gap: 0.45rem; align-items: baseline; padding: 0.2rem 0; cursor: pointer; }
    .buttons { display: flex; gap: 0.5rem; justify-content: flex-end; margin-top: 0.5rem; }
    .buttons button { padding: 0.25rem 0.8rem; border-radius: 4px; border: 1px solid #9aa5b1; background: #fff; }
    .buttons button.primary { background: #1d3557; color: #fff; border-color: #1d3557; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) plots: readonly SourceFeature[] = [];
  @state() private keep = '';

  override render() {
    const lang = this.lang;
    const keep = this.plots.some((p) => p.id === this.keep) ? this.keep : (this.plots[0]?.id ?? '');
    return html`
      <h3>${msg(lang, 'merge.title', { count: this.plots.length })}</h3>
      <p class="muted">${msg(lang, 'merge.keep')}</p>
      <div role="radiogroup" data-testid="merge-choice">${this.plots.map((plot) => html`
        <label><input type="radio" name="keep" value=${plot.id} .checked=${plot.id === keep} @change=${() => { this.keep = plot.id; }}>
          <span><b>${plot.id}</b> <span class="muted">${summary(plot)}</span></span></label>`)}</div>
      <div class="buttons">
        <button @click=${() => emitEdit(this, 'pz-merge-cancelled', {})}>${msg(lang, 'common.cancel')}</button>
        <button class="primary" data-testid="merge-confirm" @click=${() => emitEdit(this, 'pz-merge-confirmed', { keepAttributesOf: keep })}>${msg(lang, 'merge.confirm')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-merge-choice': PzMergeChoice;
  }
}
