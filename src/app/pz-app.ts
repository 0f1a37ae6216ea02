/**
 * <pz-app>: the workspace shell. Header, the left panel (layers, theme and legend, districts),
 * the map, the right panel (the selection), and the dialogs. It turns component events into
 * store actions and hands every component its slice of state and the engine's figures.
 */
import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { langTag, msg } from '../i18n/locale.ts';
import { mapSourcesOf, zoneBoxOf, focusOf, districtRowsOf } from '../state/selectors.ts';
import { legendRowsOf } from '../state/legend.ts';
import { THEMES } from '../state/themes.ts';
import { AppController } from './appController.ts';
import { appStyles } from './appStyles.ts';
import { bindAppEvents } from './appEvents.ts';
import { bindEditKeys } from './editKeys.ts';
import { renderEditPanel, renderEditTools } from './editView.ts';
import { bindEditEvents } from './editWiring.ts';
import { editMapPropsOf } from '../state/editSelectors.ts';
import { renderSelection } from './selectionView.ts';
import { renderSketchBar, renderSketchOverlays } from './sketchView.ts';
import { bindSketch } from './sketchWiring.ts';
import { PresentController } from './presentController.ts';
import { presentStyles } from './presentStyles.ts';
import { renderPresent } from './presentView.ts';
import { ReviewController } from './reviewController.ts';
import { reviewStyles } from './reviewStyles.ts';
import { renderReviewPanel, renderReviewPrint } from './reviewView.ts';
import { PresetController } from './presetController.ts';
import { renderPresetPanel } from './presetView.ts';
import { CompareController } from './compareController.ts';
import { renderComparePanel } from './compareView.ts';
import '../map/pz-map.ts';
import '../components/pz-header.ts';
import '../components/pz-layer-toggles.ts';
import '../components/pz-theme-legend.ts';
import '../components/pz-district-list.ts';
import '../components/pz-import-dialog.ts';
import '../components/pz-settings-dialog.ts';

@customElement('pz-app')
export class PzApp extends LitElement {
  static override styles = [appStyles, presentStyles, reviewStyles];

  readonly controller = new AppController(this);
  readonly present = new PresentController(this, this.controller, () => this.renderRoot.querySelector('pz-map'));
  readonly review = new ReviewController(this, this.controller, () => this.renderRoot.querySelector('pz-map'));
  readonly presets = new PresetController(this, this.controller);
  readonly compare = new CompareController(this, this.controller, () => this.presets.repo);
  private dragging = false;
  private unbinds: (() => void)[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const map = () => this.renderRoot.querySelector('pz-map');
    this.unbinds = [
      bindAppEvents(this, this.controller, (dragging) => {
        this.dragging = dragging;
        this.requestUpdate();
      }),
      bindEditEvents(this, this.controller),
      bindEditKeys(this.controller, () => map()?.deletePickedVertex() ?? false),
      bindSketch(this, this.controller),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const unbind of this.unbinds) unbind();
    this.unbinds = [];
  }

  override updated(): void {
    const lang = this.controller.state.lang;
    document.documentElement.lang = langTag(lang);
    document.title = msg(lang, 'app.title');
  }

  override render() {
    const state = this.controller.state;
    const { plotThemeValues } = this.controller.derived;
    const stats = this.controller.shownStats;
    const lang = state.lang;
    const selectedDistrict = state.selection?.kind === 'district' ? state.selection.id : '';
    return html`
      <pz-header .lang=${lang} .mode=${state.mode} .zoneName=${msg(lang, 'app.zoneName')}>
        ${renderSketchBar(state)}
      </pz-header>
      ${state.mode !== 'present' ? '' : html`<div class="notice" role="status" data-testid="mode-notice">${msg(lang, 'mode.coming', { mode: msg(lang, `mode.${state.mode}`) })}</div>`}
      ${state.loadStatus === 'failed' ? html`<div class="notice error" role="alert">${msg(lang, 'app.loadFailed', { reason: state.loadErrorText })}</div>` : ''}
      <aside class="left">
        <pz-layer-toggles .lang=${lang} .layers=${state.layers} ?hasBasemap=${state.basemapUrl !== ''}></pz-layer-toggles>
        <pz-theme-legend .lang=${lang} .theme=${state.theme} .rows=${legendRowsOf(state.theme, state.data.plots, plotThemeValues)}></pz-theme-legend>
        <pz-district-list .lang=${lang} .rows=${districtRowsOf(state, stats)} .selectedId=${selectedDistrict} ?statsReady=${stats !== null}></pz-district-list>
        ${renderPresetPanel(state, this.presets.countsFor(state))}
        ${renderComparePanel(state, this.compare.resultFor(state))}
      </aside>
      <main>
        <pz-map .lang=${lang} .sources=${mapSourcesOf(state)} .theme=${THEMES[state.theme]} .plotStates=${plotThemeValues}
          .toggles=${state.layers} .selection=${state.selection} .focusRequest=${focusOf(state)} .zoneBox=${zoneBoxOf(state)}
          .basemapUrl=${state.basemapUrl} .fitZoneLabel=${msg(lang, 'map.fitZone')} .edit=${editMapPropsOf(state)}
          .reviewOverlay=${this.presets.overlayFor(state, this.compare.resultFor(state)?.changes ?? null)}></pz-map>
        ${renderEditTools(state)}
        ${renderPresent(state, plotThemeValues, stats)}
        ${state.loadStatus === 'loading' ? html`<div class="loading">${msg(lang, 'app.loading')}</div>` : ''}
      </main>
      <aside class="right" data-testid="selection-panel">
        ${renderEditPanel(state)}
        <h2>${msg(lang, 'panel.selection')}</h2>
        ${renderSelection(state, { ...this.controller.derived, stats })}
      </aside>
      ${renderReviewPanel(state, this.review)}
      ${renderReviewPrint(state, this.review)}
      <pz-import-dialog .lang=${lang} .flow=${state.importFlow}></pz-import-dialog>
      <pz-settings-dialog .lang=${lang} ?open=${state.settingsOpen} .basemapUrl=${state.basemapUrl}></pz-settings-dialog>
      ${renderSketchOverlays(state)}
      ${this.dragging ? html`<div class="drop" data-testid="drop-overlay">${msg(lang, 'import.dropHere')}</div>` : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-app': PzApp;
  }
}
