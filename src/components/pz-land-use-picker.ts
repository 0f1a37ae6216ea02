/**
 * <pz-land-use-picker>: a searchable list of the land-use codes of the national classification,
 * each with its Chinese name and its colour; type a code or part of a name, click to choose.
 * The list opens while the search box has the focus, so the form stays short.
 * Event: `change` with `value` set to the chosen code ('' for none).
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LAND_USE_CLASSES, landUseClass } from '../domain/landUse.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import { panelStyles } from './styles.ts';

@customElement('pz-land-use-picker')
export class PzLandUsePicker extends LitElement {
  static override styles = [panelStyles, css`
    input { width: 100%; box-sizing: border-box; font: inherit; padding: 0.2rem 0.35rem; }
    ul { list-style: none; margin: 0.2rem 0 0; padding: 0; max-height: 9.5rem; overflow: auto; border: 1px solid #d9e2ec; border-radius: 4px; }
    li button { display: flex; gap: 0.4rem; align-items: center; width: 100%; text-align: left; border: none; background: none; padding: 0.15rem 0.35rem; }
    li button:hover, li button[aria-selected='true'] { background: #e6f7fb; }
    .code { font-variant-numeric: tabular-nums; color: #52606d; min-width: 2.4rem; }
    .current { display: flex; gap: 0.4rem; align-items: center; margin-bottom: 0.2rem; }
  `];

  @property() override lang: Lang = 'zh';
  @property() value = '';
  /** shown when the picked plots disagree */
  @property() placeholder = '';
  @state() private query = '';
  @state() private open = false;

  override render() {
    const current = landUseClass(this.value);
    const q = this.query.trim().toLowerCase();
    const matches = LAND_USE_CLASSES.filter((c) => q === '' || c.code.startsWith(q) || c.nameZh.includes(q) || c.nameEn.toLowerCase().includes(q));
    return html`
      <div class="current" data-testid="land-use-current">${current === undefined ? html`<span class="muted">${this.placeholder || msg(this.lang, 'form.none')}</span>`
        : html`<span class="swatch" style="background:${current.color}"></span><span class="code">${current.code}</span>${current.nameZh}`}</div>
      <input type="search" data-testid="land-use-search" aria-label=${msg(this.lang, 'form.landUseSearch')} placeholder=${msg(this.lang, 'form.landUseSearch')}
        aria-expanded=${this.open ? 'true' : 'false'} .value=${this.query} @focus=${() => { this.open = true; }} @focusout=${this.closeUnlessInside}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter' && matches[0]) { e.preventDefault(); this.choose(matches[0].code); } }}
        @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.open = true; }}>
      ${this.open ? html`<ul role="listbox" data-testid="land-use-options" @mousedown=${(e: Event) => e.preventDefault()} @focusout=${this.closeUnlessInside}>${matches.map((c) => html`<li><button type="button" role="option" data-code=${c.code}
          aria-selected=${c.code === this.value ? 'true' : 'false'} @click=${() => this.choose(c.code)}>
        <span class="swatch" style="background:${c.color}"></span><span class="code">${c.code}</span>
        <span>${c.nameZh}${this.lang === 'en' ? html` <span class="muted">${c.nameEn}</span>` : ''}</span></button></li>`)}</ul>` : ''}
    `;
  }

  /** Closes the list when the focus leaves the picker (Tab into the list keeps it open). */
  private closeUnlessInside(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !this.renderRoot.contains(next)) this.open = false;
  }

  private choose(code: string): void {
    this.value = code;
    this.query = '';
    this.open = false;
    this.renderRoot.querySelector('input')?.blur();
    this.dispatchEvent(new Event('change', { bubbles: false }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-land-use-picker': PzLandUsePicker;
  }
}
