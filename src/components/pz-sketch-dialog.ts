/**
 * <pz-sketch-dialog>: the planner's sketches — name, last change, plot count and supply ratio —
 * to open, rename, copy or delete; a new sketch from the current state; a sketch file to import
 * (with the validator's report); and the recently deleted ones, which can be restored.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { SketchEntry, SketchState } from '../state/sketchTypes.ts';
import { dialogStyles } from './dialogStyles.ts';
import { formatOccupancy, formatTime } from './pz-sketch-format.ts';
import { emitSketch } from './pz-sketch-events.ts';
import { panelStyles } from './styles.ts';
import './pz-import-report.ts';

@customElement('pz-sketch-dialog')
export class PzSketchDialog extends LitElement {
  static override styles = [panelStyles, dialogStyles, css`
    section { width: min(48rem, 94vw); }
    tr.current td:first-child { font-weight: 600; }
    td.actions { white-space: nowrap; text-align: right; }
    td.actions button, .row button { margin-left: 0.25rem; padding: 0.1rem 0.5rem; border-radius: 3px; border: 1px solid #9aa5b1; background: #fff; }
    .row { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; margin: 0.8rem 0 0.4rem; }
    input[type='text'] { font: inherit; width: 12rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) sketch: SketchState | null = null;
  @state() private renaming: string | null = null;

  override render() {
    const { lang, sketch } = this;
    if (sketch === null || sketch.panel !== 'sketches') return html``;
    const close = () => emitSketch(this, 'pz-sketch-panel-requested', { panel: null });
    return html`<div class="backdrop"><section role="dialog" aria-modal="true" aria-labelledby="title" data-testid="sketch-dialog">
      <h3 id="title">${msg(lang, 'sketch.listTitle')}</h3>
      <table data-testid="sketch-list">
        <tr><th>${msg(lang, 'sketch.col.name')}</th><th>${msg(lang, 'sketch.col.updated')}</th>
          <th class="num">${msg(lang, 'sketch.col.plots')}</th><th class="num">${msg(lang, 'sketch.col.occupancy')}</th><th></th></tr>
        ${sketch.sketches.map((entry) => this.row(entry, entry.id === sketch.current?.id))}
      </table>
      <div class="row">
        <button data-testid="sketch-new" @click=${() => emitSketch(this, 'pz-sketch-new-requested', {})}>${msg(lang, 'sketch.newFromBaseline')}</button>
        <label>${msg(lang, 'sketch.import')} <input type="file" accept=".geojson,.json,application/geo+json,application/json"
          data-testid="sketch-import-file" @change=${this.onFile}></label>
      </div>
      ${sketch.setAsideCount === 0 ? '' : html`<p class="fail" data-testid="sketch-set-aside">${msg(lang, 'sketch.setAside', { count: sketch.setAsideCount })}</p>`}
      ${this.importView()}
      ${sketch.deleted.length === 0 ? '' : html`<h2>${msg(lang, 'sketch.deletedTitle')}</h2><table data-testid="sketch-deleted">
        ${sketch.deleted.map((d) => html`<tr><td>${d.name}</td><td class="muted">${msg(lang, 'sketch.restoreUntil', { time: formatTime(lang, d.restoreUntilMs) })}</td>
          <td class="actions"><button data-action="restore" @click=${() => emitSketch(this, 'pz-sketch-restore-requested', { id: d.id })}>${msg(lang, 'sketch.restore')}</button></td></tr>`)}
      </table>`}
      <div class="buttons"><button data-testid="sketch-dialog-close" @click=${close}>${msg(lang, 'common.close')}</button></div>
    </section></div>`;
  }

  private row(entry: SketchEntry, current: boolean) {
    const lang = this.lang;
    const name = this.renaming === entry.id
      ? html`<input type="text" data-testid="sketch-rename-input" .value=${entry.name} @keydown=${(e: KeyboardEvent) => this.onRenameKey(e, entry.id)}
          @blur=${(e: FocusEvent) => this.finishRename(entry.id, (e.target as HTMLInputElement).value)}>`
      : html`${entry.name}${current ? html` <span class="muted">(${msg(lang, 'sketch.current')})</span>` : ''}`;
    const action = (key: 'open' | 'rename' | 'duplicate' | 'delete', run: () => void) =>
      html`<button data-action=${key} @click=${run}>${msg(lang, `sketch.${key}`)}</button>`;
    return html`<tr class=${current ? 'current' : ''} data-sketch-id=${entry.id}>
      <td>${name}</td><td>${formatTime(lang, entry.updatedAtMs)}</td>
      <td class="num">${entry.plotCount}</td><td class="num">${formatOccupancy(lang, entry.occupancyRatio)}</td>
      <td class="actions">
        ${current ? '' : action('open', () => emitSketch(this, 'pz-sketch-open-requested', { id: entry.id }))}
        ${action('rename', () => { this.renaming = entry.id; })}
        ${action('duplicate', () => emitSketch(this, 'pz-sketch-duplicate-requested', { id: entry.id }))}
        ${action('delete', () => emitSketch(this, 'pz-sketch-delete-requested', { id: entry.id }))}
      </td></tr>`;
  }

  private importView() {
    const view = this.sketch?.importView ?? null;
    if (view === null) return '';
    const lang = this.lang;
    return html`<div data-testid="sketch-import" data-step=${view.step}>
      <p class=${view.step === 'refused' ? 'fail' : view.step === 'done' ? 'pass' : ''}>${msg(lang, `sketch.import.${view.step}`, { name: view.fileName })}</p>
      ${view.notes.length === 0 ? '' : html`<ul>${view.notes.map((n) => html`<li>${lang === 'zh' ? n.messageZh : n.messageEn}</li>`)}</ul>`}
      ${view.report === null ? '' : html`<pz-import-report .lang=${lang} .report=${view.report}></pz-import-report>`}
    </div>`;
  }

  override updated(): void {
    this.renderRoot.querySelector<HTMLInputElement>('[data-testid="sketch-rename-input"]')?.focus();
  }

  private onRenameKey(event: KeyboardEvent, id: string): void {
    if (event.key === 'Enter') this.finishRename(id, (event.target as HTMLInputElement).value);
    else if (event.key === 'Escape') this.renaming = null;
  }

  private finishRename(id: string, name: string): void {
    if (this.renaming !== id) return;
    this.renaming = null;
    if (name.trim() !== '') emitSketch(this, 'pz-sketch-rename-requested', { id, name });
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file !== undefined) emitSketch(this, 'pz-sketch-import-chosen', { file });
    input.value = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-sketch-dialog': PzSketchDialog;
  }
}
