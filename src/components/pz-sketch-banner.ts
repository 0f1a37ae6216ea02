/**
 * <pz-sketch-banner>: what the planner must know about storage, over the top of the map:
 * nothing is being saved (and why), another tab took over (reload), a write failed (the plan is
 * still here: try again, or export), another tab saved this sketch (choose), a sketch deleted
 * (undo); and, once, the tip to export as a backup. Each says what happened and what to do.
 */
import { LitElement, css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { SketchState } from '../state/sketchTypes.ts';
import { emitSketch } from './pz-sketch-events.ts';

@customElement('pz-sketch-banner')
export class PzSketchBanner extends LitElement {
  static override styles = css`
    :host { position: fixed; top: 3.2rem; left: 0; right: 0; z-index: 9; display: flex; flex-direction: column;
            align-items: center; gap: 0.4rem; pointer-events: none; font-size: 0.875rem; }
    div { pointer-events: auto; width: min(46rem, 92vw); box-sizing: border-box; background: #fff3c4; color: #513c06; border-radius: 5px; padding: 0.45rem 0.8rem;
          box-shadow: 0 2px 10px #0003; display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
    div.alert { background: #ffe3e3; color: #8a1c1c; }
    span { flex: 1 1 18rem; }
    /* the backup tip lets clicks through to the map; only its button takes them */
    div.tip { position: fixed; bottom: 1rem; left: 50%; transform: translateX(-50%); width: auto; max-width: 40rem;
              pointer-events: none; background: #102a43e6; color: #fff; }
    div.tip button { pointer-events: auto; }
    button { font: inherit; cursor: pointer; border-radius: 4px; border: 1px solid currentColor; background: #fff; color: inherit; padding: 0.2rem 0.6rem; }
  `;

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) sketch: SketchState | null = null;

  override render() {
    const s = this.sketch;
    if (s === null) return html``;
    return html`${s.unavailable === null ? '' : this.unavailable(s.unavailable)}
      ${s.reloadNeeded ? this.reloadNeeded() : ''}
      ${s.saveStatus === 'failed' ? this.failed(s.saveFailure === 'quota') : ''}
      ${s.conflict ? this.conflict() : ''}
      ${s.justDeleted === null ? '' : this.deleted(s.justDeleted.id, s.justDeleted.name)}
      ${s.backupTip === null ? '' : this.tip(s.backupTip.persisted)}`;
  }

  private text(zh: string, en: string): string {
    return this.lang === 'zh' ? zh : en;
  }

  private button(testId: string, key: Parameters<typeof msg>[1], run: () => void): TemplateResult {
    return html`<button data-testid=${testId} @click=${run}>${msg(this.lang, key)}</button>`;
  }

  private exportButton(): TemplateResult {
    return this.button('banner-export', 'sketch.export', () => emitSketch(this, 'pz-sketch-export-requested', {}));
  }

  private unavailable(reason: { messageZh: string; messageEn: string }): TemplateResult {
    return html`<div class="alert" role="alert" data-testid="storage-unavailable"><span><b>${msg(this.lang, 'sketch.notSaving')}</b>
      ${this.text(reason.messageZh, reason.messageEn)}</span>${this.exportButton()}</div>`;
  }

  private reloadNeeded(): TemplateResult {
    return html`<div class="alert" role="alert" data-testid="reload-needed"><span>${msg(this.lang, 'sketch.reloadNeeded')}</span>
      ${this.exportButton()}${this.button('banner-reload', 'sketch.reload', () => location.reload())}</div>`;
  }

  private failed(quota: boolean): TemplateResult {
    return html`<div class="alert" role="alert" data-testid="save-failed" data-failure=${quota ? 'quota' : 'write-failed'}>
      <span>${msg(this.lang, quota ? 'sketch.failed.quota' : 'sketch.failed.write')}</span>
      ${this.button('banner-retry', 'sketch.retry', () => emitSketch(this, 'pz-sketch-retry-requested', {}))}${this.exportButton()}</div>`;
  }

  private conflict(): TemplateResult {
    return html`<div role="alert" data-testid="sketch-conflict"><span>${msg(this.lang, 'sketch.conflict')}</span>
      ${this.button('conflict-theirs', 'sketch.conflict.theirs', () => emitSketch(this, 'pz-sketch-conflict-resolved', { keep: 'theirs' }))}
      ${this.button('conflict-mine', 'sketch.conflict.mine', () => emitSketch(this, 'pz-sketch-conflict-resolved', { keep: 'mine' }))}</div>`;
  }

  private tip(persisted: boolean): TemplateResult {
    return html`<div class="tip" role="status" data-testid="backup-tip"><span>${msg(this.lang, persisted ? 'sketch.tip.persisted' : 'sketch.tip.notPersisted')}</span>
      ${this.button('backup-tip-dismiss', 'sketch.dismiss', () => emitSketch(this, 'pz-sketch-tip-dismissed', {}))}</div>`;
  }

  private deleted(id: string, name: string): TemplateResult {
    return html`<div role="status" data-testid="sketch-deleted-banner"><span>${msg(this.lang, 'sketch.deletedBanner', { name })}</span>
      ${this.button('undo-delete', 'sketch.undoDelete', () => emitSketch(this, 'pz-sketch-restore-requested', { id }))}
      ${this.button('undo-delete-dismiss', 'sketch.dismiss', () => emitSketch(this, 'pz-sketch-undo-delete-dismissed', {}))}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-sketch-banner': PzSketchBanner;
  }
}
