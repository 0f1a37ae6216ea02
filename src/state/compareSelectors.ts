/**
 * What the comparison panel and the map show, read from the engine's comparison: the plot sets
 * to choose from, the areas (zone, districts, parks) with their names, one area's figure
 * changes, and the changed plots as map features. Nothing is computed here but picking.
 */
import type { Feature, Polygon, MultiPolygon } from 'geojson';
import type { FeatureInput } from '../domain/parse.ts';
import type { Lang } from '../i18n/locale.ts';
import type { ZoneComparison } from '../stats/compare.ts';
import type { FigureChange } from '../stats/figureChanges.ts';
import { compareOf } from './compareActions.ts';
import { BASELINE_SET, CURRENT_SET } from './compareTypes.ts';
import { textProperty } from './selectors.ts';
import type { AppState, SourceFeature } from './types.ts';

export interface CompareChoice {
  id: string;
  /** a message key for the fixed sets, else the sketch name */
  labelKey: 'compare.baseline' | 'compare.current' | null;
  name: string;
}

export function compareChoicesOf(state: AppState): CompareChoice[] {
  return [
    { id: BASELINE_SET, labelKey: 'compare.baseline', name: '' },
    { id: CURRENT_SET, labelKey: 'compare.current', name: '' },
    ...compareOf(state).sketches.map((s) => ({ id: s.id, labelKey: null, name: s.name })),
  ];
}

function nameOf(feature: SourceFeature, lang: Lang): string {
  const name = textProperty(feature, lang === 'zh' ? 'name' : 'nameEn') || textProperty(feature, 'name');
  return name === '' ? feature.id : name;
}

/** The areas whose figures can be listed: the zone ('' name), each district, each park. */
export function compareAreasOf(state: AppState): { id: string; level: 'zone' | 'district' | 'park'; name: string }[] {
  return [
    { id: 'zone', level: 'zone', name: '' },
    ...state.data.districts.features.map((f) => ({ id: f.id, level: 'district' as const, name: nameOf(f, state.lang) })),
    ...state.data.parks.features.map((f) => ({ id: f.id, level: 'park' as const, name: nameOf(f, state.lang) })),
  ];
}

const rowsMemo = new WeakMap<ZoneComparison, Map<string, FigureChange[]>>();

/** Every figure of one area, before and after, in the engine's order. */
export function compareRowsOf(comparison: ZoneComparison, areaId: string): FigureChange[] {
  let byArea = rowsMemo.get(comparison);
  if (byArea === undefined) {
    byArea = new Map();
    for (const row of comparison.figures) {
      const rows = byArea.get(row.areaId) ?? [];
      rows.push(row);
      byArea.set(row.areaId, rows);
    }
    rowsMemo.set(comparison, byArea);
  }
  return byArea.get(areaId) ?? [];
}

type ChangeKind = 'added' | 'removed' | 'changed';

/** The added, changed (their new shapes) and removed (their old shapes) plots, for the map. */
export function changeFeaturesOf(comparison: ZoneComparison, before: readonly FeatureInput[], after: readonly FeatureInput[]):
  { type: 'FeatureCollection'; features: Feature<Polygon | MultiPolygon>[] } {
  const byId = (set: readonly FeatureInput[]) => new Map(set.map((f) => [String(f.id), f]));
  const was = byId(before);
  const now = byId(after);
  const features: Feature<Polygon | MultiPolygon>[] = [];
  const add = (ids: readonly string[], from: Map<string, FeatureInput>, change: ChangeKind): void => {
    for (const id of ids) {
      const f = from.get(id);
      if (f !== undefined) features.push({ type: 'Feature', geometry: f.geometry, properties: { id, change } });
    }
  };
  add(comparison.addedPlotIds, now, 'added');
  add(comparison.changedPlotIds, now, 'changed');
  add(comparison.removedPlotIds, was, 'removed');
  return { type: 'FeatureCollection', features };
}
