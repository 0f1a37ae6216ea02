/**
 * <pz-settings-dialog>: the optional basemap tile URL (raster or vector). Empty means no basemap
 * and no network request.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import { emit } from './events.ts';
import { dialogStyles } from './dialogStyles.ts';
import { panelStyles } from './styles.ts';

@customElement('pz-settings-dialog')
export class PzSettingsDialog extends LitElement {
  static override styles = [panelStyles, dialogStyles, css`
    input { width: 100%; box-sizing: border-box; font: inherit; padding: 0.3rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ type: Boolean }) open = false;
  @property() basemapUrl = '';

  override render() {
    if (!this.open) return html``;
    const lang = this.lang;
    return html`<div class="backdrop"><section role="dialog" aria-modal="true" aria-labelledby="title" data-testid="settings-dialog">
      <h3 id="title">${msg(lang, 'settings.title')}</h3>
      <label for="url">${msg(lang, 'settings.basemap')}</label>
      <input id="url" type="url" .value=${this.basemapUrl} placeholder="https://…/{z}/{x}/{y}.png" data-testid="basemap-url">
      <p class="muted">${msg(lang, 'settings.basemapHelp')}</p>
      <div class="buttons">
        <button @click=${() => emit(this, 'pz-basemap-saved', { url: '' })}>${msg(lang, 'settings.clear')}</button>
        <button @click=${() => emit(this, 'pz-dialog-closed', {})}>${msg(lang, 'common.cancel')}</button>
        <button class="primary" @click=${this.save}>${msg(lang, 'common.save')}</button>
      </div>
    </section></div>`;
  }

  private save(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#url');
    emit(this, 'pz-basemap-saved', { url: input?.value.trim() ?? '' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-settings-dialog': PzSettingsDialog;
  }
}
