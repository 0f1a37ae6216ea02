/**
 * The 3D view's data: one feature per plot with its height (presentHeights.ts) and the colour
 * of the active theme, so the extruded blocks match the legend. Memoised on the plots, the
 * theme and the engine's per-plot values.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlotThemeValue } from './engineProtocol.ts';
import { themePropertiesOf } from './coreViews.ts';
import { buildingHeightOf } from './presentHeights.ts';
import { THEMES, type ThemeId } from './themes.ts';
import type { LayerData, SourceFeature } from './types.ts';

export type ExtrusionCollection = FeatureCollection<Polygon | MultiPolygon, { id: string; heightM: number; derived: boolean; color: string }>;

export interface ExtrusionData {
  collection: ExtrusionCollection;
  /** plots whose height was derived from 容积率 (no floors, no height given) */
  derivedCount: number;
}

function themeValueOf(themeId: ThemeId, feature: SourceFeature, byId: ReadonlyMap<string, PlotThemeValue>): string {
  if (themeId === 'class') return byId.get(feature.id)?.efficiencyClass ?? '';
  if (themeId === 'compliance') return byId.get(feature.id)?.compliance ?? '';
  const keys = feature.themeKeys ?? themePropertiesOf(feature);
  return keys[themeId];
}

let last: { plots: LayerData; themeId: ThemeId; values: readonly PlotThemeValue[]; data: ExtrusionData } | null = null;

export function extrusionDataOf(plots: LayerData, themeId: ThemeId, values: readonly PlotThemeValue[]): ExtrusionData {
  if (last !== null && last.plots === plots && last.themeId === themeId && last.values === values) return last.data;
  const theme = THEMES[themeId];
  const colors = new Map(theme.entries.map((entry) => [entry.value, entry.color]));
  const byId = new Map(values.map((value) => [value.id, value]));
  let derivedCount = 0;
  const features = plots.features.map((feature): ExtrusionCollection['features'][number] => {
    const height = buildingHeightOf(feature.properties);
    if (height.source === 'derived') derivedCount += 1;
    const color = colors.get(themeValueOf(themeId, feature, byId)) ?? theme.fallbackColor;
    const mapFeature: Feature<Polygon | MultiPolygon, { id: string; heightM: number; derived: boolean; color: string }> = {
      type: 'Feature', geometry: feature.geometry,
      properties: { id: feature.id, heightM: height.heightM, derived: height.source === 'derived', color },
    };
    return mapFeature;
  });
  const data: ExtrusionData = { collection: { type: 'FeatureCollection', features }, derivedCount };
  last = { plots, themeId, values, data };
  return data;
}
