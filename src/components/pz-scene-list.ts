/**
 * <pz-scene-list>: the scenes of the open sketch, in order — add one from the current view;
 * show, retitle, recaption, update from the view, move, duplicate or delete each. Properties
 * down, events up; the scenes themselves live in the store.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { Scene } from '../domain/sketch.ts';
import { HEADLINE_KEYS } from '../state/presentHeadline.ts';
import { emitPresent } from './pz-present-events.ts';

@customElement('pz-scene-list')
export class PzSceneList extends LitElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 0.8vmin; color: #102a43; font-size: clamp(13px, 1.8vmin, 40px); }
    h2 { font-size: 1.1em; margin: 0; }
    .add { font: inherit; padding: 0.4em 0.8em; cursor: pointer; background: #102a43; color: #fff; border: none; border-radius: 0.3em; }
    ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 0.6em; overflow: auto; }
    li { border: 1px solid #d9e2ec; border-radius: 0.4em; padding: 0.5em; background: #fff; }
    li[aria-current='true'] { border-color: #00b4d8; box-shadow: 0 0 0 2px #00b4d8; }
    .head { display: flex; gap: 0.4em; align-items: center; }
    .num { font-weight: 700; min-width: 1.6em; }
    input, textarea { font: inherit; width: 100%; box-sizing: border-box; padding: 0.2em 0.3em; }
    textarea { margin-top: 0.3em; resize: vertical; min-height: 2.4em; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.3em; margin-top: 0.4em; }
    .actions button { font: inherit; font-size: 0.85em; padding: 0.2em 0.5em; cursor: pointer; }
    .tag { font-size: 0.75em; background: #e0f4f9; border-radius: 0.3em; padding: 0 0.3em; }
    .muted { color: #52606d; }
    .check { display: flex; align-items: center; gap: 0.4em; margin-top: 0.3em; }
    .check input { width: auto; }
  `;

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) scenes: readonly Scene[] = [];
  @property({ type: Number }) index = -1;

  override render() {
    const lang = this.lang;
    return html`
      <h2>${msg(lang, 'present.scenes')}</h2>
      <button class="add" data-testid="scene-add" @click=${() => emitPresent(this, 'pz-scene-add-requested', {})}>${msg(lang, 'scene.add')}</button>
      ${this.scenes.length === 0 ? html`<p class="muted">${msg(lang, 'scene.none')}</p>` : ''}
      <ol data-testid="scene-list">${this.scenes.map((scene, i) => this.renderScene(scene, i))}</ol>
    `;
  }

  private renderScene(scene: Scene, i: number) {
    const lang = this.lang;
    const id = scene.id;
    const last = this.scenes.length - 1;
    return html`<li data-testid="scene-item" data-scene-id=${id} aria-current=${i === this.index ? 'true' : 'false'}>
      <div class="head"><span class="num">${i + 1}</span>
        <input data-testid="scene-title" aria-label=${msg(lang, 'scene.title')} .value=${scene.title}
          @change=${(e: Event) => emitPresent(this, 'pz-scene-edited', { id, title: (e.target as HTMLInputElement).value })}>
        ${scene.extrude === true ? html`<span class="tag">3D</span>` : ''}</div>
      <textarea data-testid="scene-caption" aria-label=${msg(lang, 'scene.caption')} placeholder=${msg(lang, 'scene.caption')} .value=${scene.caption}
        @change=${(e: Event) => emitPresent(this, 'pz-scene-edited', { id, caption: (e.target as HTMLTextAreaElement).value })}></textarea>
      <label class="check"><input type="checkbox" data-testid="scene-headline" .checked=${(scene.headline ?? []).length > 0}
        @change=${(e: Event) => emitPresent(this, 'pz-scene-edited', { id, headline: (e.target as HTMLInputElement).checked ? [...HEADLINE_KEYS] : [] })}>
        ${msg(lang, 'scene.headline')}</label>
      <div class="actions">
        <button data-testid="scene-show" @click=${() => emitPresent(this, 'pz-scene-show-requested', { index: i })}>${msg(lang, 'scene.show')}</button>
        <button data-testid="scene-update" @click=${() => emitPresent(this, 'pz-scene-update-requested', { id })}>${msg(lang, 'scene.update')}</button>
        <button data-testid="scene-up" ?disabled=${i === 0} aria-label=${msg(lang, 'scene.up')} @click=${() => emitPresent(this, 'pz-scene-move-requested', { id, toIndex: i - 1 })}>↑</button>
        <button data-testid="scene-down" ?disabled=${i === last} aria-label=${msg(lang, 'scene.down')} @click=${() => emitPresent(this, 'pz-scene-move-requested', { id, toIndex: i + 1 })}>↓</button>
        <button data-testid="scene-duplicate" @click=${() => emitPresent(this, 'pz-scene-duplicate-requested', { id })}>${msg(lang, 'scene.duplicate')}</button>
        <button data-testid="scene-delete" @click=${() => emitPresent(this, 'pz-scene-delete-requested', { id })}>${msg(lang, 'scene.delete')}</button>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-scene-list': PzSceneList;
  }
}
