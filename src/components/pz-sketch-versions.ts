/**
 * <pz-sketch-versions>: the saved versions of the open sketch — when, how (by the planner or
 * automatic), plot count and supply ratio — each of which can be restored (Ctrl+Z undoes it).
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, type Lang } from '../i18n/locale.ts';
import type { SketchState } from '../state/sketchTypes.ts';
import { dialogStyles } from './dialogStyles.ts';
import { formatOccupancy, formatTime } from './pz-sketch-format.ts';
import { emitSketch } from './pz-sketch-events.ts';
import { panelStyles } from './styles.ts';

@customElement('pz-sketch-versions')
export class PzSketchVersions extends LitElement {
  static override styles = [panelStyles, dialogStyles, css`
    td.actions { text-align: right; }
    td.actions button { padding: 0.1rem 0.5rem; border-radius: 3px; border: 1px solid #9aa5b1; background: #fff; }
  `];

  @property() override lang: Lang = 'zh';
  @property({ attribute: false }) sketch: SketchState | null = null;

  override render() {
    const { lang, sketch } = this;
    if (sketch === null || sketch.panel !== 'versions') return html``;
    return html`<div class="backdrop"><section role="dialog" aria-modal="true" aria-labelledby="title" data-testid="versions-dialog">
      <h3 id="title">${msg(lang, 'sketch.versionsTitle', { name: sketch.current?.name ?? '' })}</h3>
      ${sketch.versions.length === 0 ? html`<p class="muted" data-testid="versions-none">${msg(lang, 'sketch.version.none')}</p>` : html`
      <table data-testid="versions-list">
        <tr><th>${msg(lang, 'sketch.version.time')}</th><th>${msg(lang, 'sketch.version.kind')}</th>
          <th class="num">${msg(lang, 'sketch.col.plots')}</th><th class="num">${msg(lang, 'sketch.col.occupancy')}</th><th></th></tr>
        ${sketch.versions.map((v) => html`<tr data-version-id=${v.versionId} data-plot-count=${v.plotCount}>
          <td>${formatTime(lang, v.savedAtMs)}</td><td>${msg(lang, `sketch.version.${v.kind}`)}</td>
          <td class="num">${v.plotCount}</td><td class="num">${formatOccupancy(lang, v.occupancyRatio)}</td>
          <td class="actions"><button data-action="restore-version"
            @click=${() => emitSketch(this, 'pz-sketch-version-restore-requested', { versionId: v.versionId })}>${msg(lang, 'sketch.version.restore')}</button></td>
        </tr>`)}
      </table>`}
      <p class="muted">${msg(lang, 'sketch.version.help')}</p>
      <div class="buttons"><button data-testid="versions-close" @click=${() => emitSketch(this, 'pz-sketch-panel-requested', { panel: null })}>${msg(lang, 'common.close')}</button></div>
    </section></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-sketch-versions': PzSketchVersions;
  }
}
