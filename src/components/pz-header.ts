/**
 * <pz-header>: zone name, the sketch name (slot), the mode switch, open and settings buttons,
 * and the language switch.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { Mode } from '../state/types.ts';
import { emit } from './events.ts';

const MODES: readonly Mode[] = ['plan', 'review', 'present'];
const LANGS: readonly Lang[] = ['zh', 'en'];

@customElement('pz-header')
export class PzHeader extends LitElement {
  static override styles = css`
    :host { display: flex; align-items: center; gap: 0.6rem; padding: 0.4rem 0.8rem; flex-wrap: wrap;
            background: var(--pz-header-bg, #102a43); color: #fff; }
    h1 { font-size: 1.1rem; margin: 0; white-space: nowrap; }
    .sketch { opacity: 0.85; white-space: nowrap; }
    .spacer { flex: 1; }
    [role='radiogroup'] { display: inline-flex; border: 1px solid #ffffff66; border-radius: 4px; overflow: hidden; }
    [role='radiogroup'] button { background: transparent; color: #fff; border: none; padding: 0.3rem 0.55rem; font: inherit; cursor: pointer; }
    [role='radiogroup'] button[aria-checked='true'] { background: #fff; color: #102a43; font-weight: 600; }
    .action { background: #ffffff1a; color: #fff; border: 1px solid #ffffff66; border-radius: 4px;
              padding: 0.3rem 0.55rem; font: inherit; cursor: pointer; white-space: nowrap; }
  `;

  @property() override lang: Lang = 'zh';
  @property() mode: Mode = 'plan';
  @property() zoneName = '';

  override render() {
    const lang = this.lang;
    return html`
      <h1>${this.zoneName}</h1>
      <span class="sketch"><slot name="sketch"></slot></span>
      <span class="spacer"></span>
      <div role="radiogroup" aria-label=${msg(lang, 'header.mode')} data-testid="mode-switch">
        ${MODES.map((mode) => html`<button role="radio" aria-checked=${mode === this.mode ? 'true' : 'false'}
            @click=${() => emit(this, 'pz-mode-chosen', { mode })}>${msg(lang, `mode.${mode}`)}</button>`)}
      </div>
      <button class="action" data-testid="open-data" @click=${() => emit(this, 'pz-open-requested', {})}>${msg(lang, 'header.open')}</button>
      <button class="action" data-testid="open-settings" @click=${() => emit(this, 'pz-settings-requested', {})}>${msg(lang, 'header.settings')}</button>
      <div role="radiogroup" aria-label=${msg(lang, 'header.language')} data-testid="lang-switch">
        ${LANGS.map((choice) => html`<button role="radio" lang=${choice === 'zh' ? 'zh-CN' : 'en'}
            aria-checked=${choice === lang ? 'true' : 'false'}
            @click=${() => emit(this, 'pz-lang-chosen', { lang: choice })}>${msg(lang, `lang.${choice}`)}</button>`)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-header': PzHeader;
  }
}
