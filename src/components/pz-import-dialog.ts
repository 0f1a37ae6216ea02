/**
 * <pz-import-dialog>: open a districts, parks or plots GeoJSON file, read the validator's report
 * and confirm before anything is replaced. Cancelling, or a refused file, changes nothing.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import { LAYER_KINDS, type ImportFlow, type LayerKind } from '../state/types.ts';
import { emit } from './events.ts';
import { dialogStyles } from './dialogStyles.ts';
import { panelStyles } from './styles.ts';
import './pz-import-report.ts';

function isLayerKind(value: string): value is LayerKind {
  return (LAYER_KINDS as readonly string[]).includes(value);
}

@customElement('pz-import-dialog')
export class PzImportDialog extends LitElement {
  static override styles = [panelStyles, dialogStyles, css`
    .row { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; margin-bottom: 0.6rem; }
    select { font: inherit; padding: 0.2rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) flow: ImportFlow | null = null;

  override render() {
    const flow = this.flow;
    if (flow === null) return html``;
    const lang = this.lang;
    const kindText = msg(lang, `import.kind.${flow.kind}`);
    const closing = flow.step === 'done' || flow.step === 'failed' || (flow.step === 'report' && flow.report.verdict === 'refused');
    return html`<div class="backdrop"><section role="dialog" aria-modal="true" aria-labelledby="title" data-testid="import-dialog">
      <h3 id="title">${msg(lang, 'import.title')}</h3>
      ${this.renderChooser(flow)}
      ${flow.step === 'checking' ? html`<p>${msg(lang, 'import.checking')}</p>` : ''}
      ${flow.step === 'failed' ? html`<p class="fail">${msg(lang, 'import.failed', { reason: flow.errorText })}</p>` : ''}
      ${flow.step === 'report' ? html`<pz-import-report .lang=${lang} .report=${flow.report}></pz-import-report>` : ''}
      ${flow.step === 'done' ? html`<p class="pass" data-testid="import-done">${msg(lang, 'import.replaced', { kind: kindText, count: flow.featureCount })}</p>` : ''}
      <div class="buttons">
        ${flow.step === 'report' && flow.report.verdict === 'imported' ? html`<button class="primary" data-testid="import-confirm"
          @click=${() => emit(this, 'pz-import-confirmed', {})}>${msg(lang, 'import.confirm', { kind: kindText })}</button>` : ''}
        <button data-testid="import-cancel" @click=${() => emit(this, 'pz-import-cancelled', {})}>${msg(lang, closing ? 'common.close' : 'common.cancel')}</button>
      </div>
    </section></div>`;
  }

  private renderChooser(flow: ImportFlow) {
    const lang = this.lang;
    const busy = flow.step === 'checking' || flow.step === 'done';
    return html`
      <div class="row"><label>${msg(lang, 'import.kind')}
        <select data-testid="import-kind" ?disabled=${busy} @change=${this.onKind}>
          ${LAYER_KINDS.map((k) => html`<option value=${k} ?selected=${k === flow.kind}>${msg(lang, `import.kind.${k}`)}</option>`)}
        </select></label></div>
      ${flow.step === 'choosing' ? '' : html`<p class="muted">${msg(lang, 'import.file', { name: flow.fileName })}</p>`}
      ${busy ? '' : html`<div class="row"><label>${msg(lang, 'import.choose')}
        <input type="file" accept=".geojson,.json,application/geo+json,application/json" data-testid="import-file" @change=${this.onFile}></label></div>
        <p class="muted">${msg(lang, 'import.dropHint')}</p>`}`;
  }

  private selectedKind(): LayerKind {
    const value = this.renderRoot.querySelector<HTMLSelectElement>('[data-testid="import-kind"]')?.value ?? '';
    return isLayerKind(value) ? value : this.flow?.kind ?? 'plots';
  }

  /** A new kind re-checks the file already chosen, if any. */
  private onKind(): void {
    const flow = this.flow;
    if (flow !== null && (flow.step === 'report' || flow.step === 'failed')) {
      emit(this, 'pz-import-file-chosen', { file: flow.file, kind: this.selectedKind() });
    }
  }

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file === undefined) return;
    emit(this, 'pz-import-file-chosen', { file, kind: this.selectedKind() });
    input.value = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-import-dialog': PzImportDialog;
  }
}
