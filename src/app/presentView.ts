/**
 * Present mode's parts of the workspace: the view over the map (title, legend, presenter's
 * bar) and the scenes panel beside it. Looks up the pieces in the state; computes nothing itself.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../i18n/locale.ts';
import type { PlotThemeValue } from '../state/engineProtocol.ts';
import { legendRowsOf } from '../state/legend.ts';
import { extrusionDataOf } from '../state/presentExtrusion.ts';
import { headlineOf } from '../state/presentHeadline.ts';
import type { AppState } from '../state/types.ts';
import type { ZoneStats } from '../stats/types.ts';
import { findFeature, textProperty } from '../state/selectors.ts';
import '../components/pz-present-view.ts';
import '../components/pz-scene-list.ts';

export function areaNameOf(state: AppState, areaId: string | null): string {
  if (areaId === null) return msg(state.lang, 'present.zoneFigures');
  const feature = findFeature(state.data.districts.features, areaId) ?? findFeature(state.data.parks.features, areaId);
  if (feature === undefined) return areaId;
  const name = textProperty(feature, state.lang === 'zh' ? 'name' : 'nameEn');
  return name === '' ? textProperty(feature, 'name') || areaId : name;
}

export function renderPresent(state: AppState, themeValues: readonly PlotThemeValue[], stats: ZoneStats | null): TemplateResult {
  if (state.mode !== 'present') return html``;
  const { lang, present } = state;
  const headline = headlineOf(present.scenes[present.index], stats);
  const derivedCount = present.extrude ? extrusionDataOf(state.data.plots, state.theme, themeValues).derivedCount : 0;
  return html`
    <pz-present-view data-testid="present-view" .lang=${lang} .present=${present}
      .fallbackTitle=${state.sketch.current?.name ?? msg(lang, 'app.zoneName')} .themeName=${msg(lang, `theme.${state.theme}`)}
      .legend=${legendRowsOf(state.theme, state.data.plots, themeValues)} .derivedCount=${derivedCount}
      .headline=${headline} .headlineAreaName=${headline === null ? '' : areaNameOf(state, headline.areaId)}></pz-present-view>
    ${present.panelOpen ? html`<pz-scene-list class="scene-panel" data-testid="scene-panel" .lang=${lang} .scenes=${present.scenes} .index=${present.index}></pz-scene-list>` : ''}
  `;
}
