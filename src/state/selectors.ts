/**
 * Synchronous selectors: views of the state for the map and the panels, memoised on the objects
 * they read, so an unchanged input hands back the very same output.
 */
import type { Occupancy, ZoneStats } from '../stats/types.ts';
import type { BBox } from '../domain/geometry.ts';
import { areaCollectionOf, bboxesOf, labelCollectionOf, layerBBoxOf, plotCollectionOf, type AreaCollection, type PointCollection } from './mapData.ts';
import type { AppState, SourceFeature } from './types.ts';

export interface MapSources {
  districts: AreaCollection;
  districtLabels: PointCollection;
  parks: AreaCollection;
  parkLabels: PointCollection;
  plots: AreaCollection;
}

let lastSources: { key: AppState['data']; value: MapSources } | null = null;

/** The map's sources; the same object while the data is unchanged. */
export function mapSourcesOf(state: AppState): MapSources {
  if (lastSources?.key === state.data) return lastSources.value;
  const { districts, parks, plots } = state.data;
  const value: MapSources = {
    districts: areaCollectionOf(districts), districtLabels: labelCollectionOf(districts),
    parks: areaCollectionOf(parks), parkLabels: labelCollectionOf(parks), plots: plotCollectionOf(plots),
  };
  lastSources = { key: state.data, value };
  return value;
}

/** The box the map fits on load: the districts, or the plots when no district is loaded. */
export function zoneBoxOf(state: AppState): BBox | null {
  return layerBBoxOf(state.data.districts) ?? layerBBoxOf(state.data.plots);
}

let lastFocus: { seq: number; box: BBox } | null = null;

/** The area the user asked the map to fly to, with its box. */
export function focusOf(state: AppState): { seq: number; box: BBox } | null {
  const focus = state.focus;
  if (focus === null) return null;
  if (lastFocus?.seq === focus.seq) return lastFocus;
  const box = bboxesOf(state.data.districts).get(focus.id);
  lastFocus = box === undefined ? null : { seq: focus.seq, box };
  return lastFocus;
}

export function findFeature(features: readonly SourceFeature[], id: string): SourceFeature | undefined {
  return features.find((feature) => feature.id === id);
}

/** One row of the district list: the district and its occupancy from the engine's stats. */
export interface DistrictRow {
  feature: SourceFeature;
  occupancy: Occupancy | null;
}

export function districtRowsOf(state: AppState, stats: ZoneStats | null): DistrictRow[] {
  return state.data.districts.features.map((feature) => ({
    feature,
    occupancy: stats?.districts.find((o) => o.areaId === feature.id) ?? null,
  }));
}

/** The parks inside a district (by their `districtId`). */
export function parksOfDistrict(state: AppState, districtId: string): SourceFeature[] {
  return state.data.parks.features.filter((park) => park.properties['districtId'] === districtId);
}

/** Text of a property as shown (name, nameEn, brief), '' when it is not text. */
export function textProperty(feature: SourceFeature, key: string): string {
  const value = feature.properties[key];
  return typeof value === 'string' ? value : '';
}

/** A property in the UI language: `nameEn` / `briefEn` in English when present, else the Chinese one. */
export function localText(feature: SourceFeature, key: 'name' | 'brief', lang: 'zh' | 'en'): string {
  return (lang === 'en' && textProperty(feature, `${key}En`)) || textProperty(feature, key);
}
