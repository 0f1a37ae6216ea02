/**
 * <pz-sketch-bar>: in the header, the open sketch's name (it opens the sketch list), whether
 * it is saved, and the save-a-version, versions and export buttons.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { SketchState } from '../state/sketchTypes.ts';
import { emitSketch } from './pz-sketch-events.ts';

@customElement('pz-sketch-bar')
export class PzSketchBar extends LitElement {
  static override styles = css`
    :host { display: inline-flex; align-items: center; gap: 0.5rem; flex-wrap: wrap; }
    button { font: inherit; cursor: pointer; background: #ffffff1a; color: #fff; border: 1px solid #ffffff66;
             border-radius: 4px; padding: 0.2rem 0.55rem; }
    .name { font-weight: 600; max-width: 16rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    .status { font-size: 0.8rem; padding: 0.1rem 0.45rem; border-radius: 3px; background: #ffffff26; white-space: nowrap; }
    .status[data-status='failed'], .status[data-status='off'] { background: #b3261e; color: #fff; font-weight: 600; }
  `;

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) sketch: SketchState | null = null;

  override render() {
    const { lang, sketch } = this;
    if (sketch === null) return html``;
    const name = sketch.current?.name ?? msg(lang, 'sketch.opening');
    const status = sketch.saveStatus;
    return html`
      <button class="name" data-testid="sketch-name" title=${msg(lang, 'sketch.list')}
        @click=${() => emitSketch(this, 'pz-sketch-panel-requested', { panel: 'sketches' })}>${name}</button>
      <span class="status" role="status" data-testid="save-status" data-status=${status}>${msg(lang, `sketch.status.${status}`)}</span>
      <button data-testid="sketch-save" title=${msg(lang, 'sketch.saveHint')} ?disabled=${sketch.current === null}
        @click=${() => emitSketch(this, 'pz-sketch-save-requested', {})}>${msg(lang, 'sketch.save')}</button>
      <button data-testid="sketch-versions" @click=${() => emitSketch(this, 'pz-sketch-panel-requested', { panel: 'versions' })}>${msg(lang, 'sketch.versions')}</button>
      <button data-testid="sketch-export" @click=${() => emitSketch(this, 'pz-sketch-export-requested', {})}>${msg(lang, 'sketch.export')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-sketch-bar': PzSketchBar;
  }
}
