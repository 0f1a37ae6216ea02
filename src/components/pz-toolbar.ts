/**
 * <pz-toolbar>: Plan mode's editing tools over the map — select, draw polygon, draw rectangle,
 * edit vertices, move, split — the commands delete, merge, undo and redo, and the snapping
 * switch. Each button has an icon, a tooltip naming its keyboard shortcut, and an accessible
 * name. Events: pz-edit-tool-chosen, pz-edit-command-chosen, pz-snap-toggled.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import { EDIT_TOOLS, type EditCommand, type EditTool } from '../state/editTypes.ts';
import { emitEdit } from './editEvents.ts';
import { TOOL_ICONS } from './toolIcons.ts';

@customElement('pz-toolbar')
export class PzToolbar extends LitElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 0.25rem; background: #fff; border-radius: 6px;
            box-shadow: 0 2px 8px #0003; padding: 0.25rem; }
    .group { display: flex; flex-direction: column; gap: 0.15rem; }
    .group + .group { border-top: 1px solid #d9e2ec; padding-top: 0.25rem; }
    button { width: max(32px, 2.1rem); height: max(32px, 2.1rem); display: grid; place-items: center; padding: 0;
             border: 1px solid transparent; border-radius: 4px; background: none; color: #243b53; cursor: pointer; }
    button:hover:not(:disabled) { background: #f0f4f8; }
    button[aria-pressed='true'] { background: #1d3557; color: #fff; }
    button:disabled { color: #bcccdc; cursor: default; }
    button:focus-visible { outline: 2px solid #00b4d8; outline-offset: 1px; }
  `;

  @property() override lang: Lang = 'zh';
  @property() tool: EditTool = 'select';
  @property({ type: Boolean }) snapEnabled = true;
  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;
  @property({ type: Number }) pickedCount = 0;

  override render() {
    const lang = this.lang;
    return html`
      <div class="group" role="toolbar" aria-label=${msg(lang, 'edit.toolbar')} data-testid="edit-toolbar">
        ${EDIT_TOOLS.map((tool) => this.button(tool, msg(lang, `tool.${tool}`), tool === this.tool,
          () => emitEdit(this, 'pz-edit-tool-chosen', { tool })))}
      </div>
      <div class="group">
        ${this.command('delete', this.pickedCount === 0)}
        ${this.command('merge', this.pickedCount < 2)}
        ${this.command('undo', !this.canUndo)}
        ${this.command('redo', !this.canRedo)}
      </div>
      <div class="group">
        ${this.button('snap', msg(lang, 'edit.snap'), this.snapEnabled, () => emitEdit(this, 'pz-snap-toggled', { enabled: !this.snapEnabled }))}
      </div>
    `;
  }

  private command(command: EditCommand, disabled: boolean) {
    return html`<button data-command=${command} title=${msg(this.lang, `command.${command}`)} aria-label=${msg(this.lang, `command.${command}`)}
      ?disabled=${disabled} @click=${() => emitEdit(this, 'pz-edit-command-chosen', { command })}>${TOOL_ICONS[command]}</button>`;
  }

  private button(key: EditTool | 'snap', label: string, pressed: boolean, onClick: () => void) {
    return html`<button data-tool=${key} title=${label} aria-label=${label} aria-pressed=${pressed ? 'true' : 'false'}
      @click=${onClick}>${TOOL_ICONS[key]}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-toolbar': PzToolbar;
  }
}
