/**
 * The right panel's content for the current selection: a plot's details, a district's details,
 * or a hint. Looks up the pieces in the state and the engine's figures; computes nothing.
 */
import { html, type TemplateResult } from 'lit';
import { msg, type Lang } from '../i18n/locale.ts';
import { PRESETS } from '../state/coreViews.ts';
import { findFeature, parksOfDistrict, textProperty } from '../state/selectors.ts';
import type { AppState, SourceFeature } from '../state/types.ts';
import type { Derived } from './appController.ts';
import '../components/pz-plot-details.ts';
import '../components/pz-district-details.ts';

function nameOf(lang: Lang, feature: SourceFeature | undefined, id: string): string {
  if (feature === undefined) return id;
  return (lang === 'en' && textProperty(feature, 'nameEn')) || textProperty(feature, 'name') || id;
}

function placeNames(state: AppState, derived: Derived): string[] {
  const figures = derived.plotFigures;
  if (!figures) return [];
  const { districts, parks } = state.data;
  return [
    ...figures.districtIds.map((id) => nameOf(state.lang, findFeature(districts.features, id), id)),
    ...figures.parkIds.map((id) => nameOf(state.lang, findFeature(parks.features, id), id)),
  ];
}

export function renderSelection(state: AppState, derived: Derived): TemplateResult {
  const { lang, selection } = state;
  if (selection === null) return html`<p class="hint">${msg(lang, 'selection.none')}</p>`;
  if (selection.kind === 'plot') {
    return html`<pz-plot-details .lang=${lang} .feature=${findFeature(state.data.plots.features, selection.id) ?? null}
      .figures=${derived.plotFigures} .preset=${PRESETS.get(state.presetId) ?? null}
      .placeNames=${placeNames(state, derived)}></pz-plot-details>`;
  }
  const stats = derived.stats;
  const parks = parksOfDistrict(state, selection.id).map((feature) => ({
    feature, occupancy: stats?.parks.find((o) => o.areaId === feature.id) ?? null,
  }));
  return html`<pz-district-details .lang=${lang} .feature=${findFeature(state.data.districts.features, selection.id) ?? null}
    .occupancy=${stats?.districts.find((o) => o.areaId === selection.id) ?? null}
    .parks=${parks} .clusters=${stats?.clusters.filter((c) => c.areaId === selection.id) ?? []}></pz-district-details>`;
}
