/**
 * Feature states: the engine's per-plot values (class, compliance) that colour the figure-based
 * themes, and the selected district. The selected plot is drawn from a one-feature source.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { HIGHLIGHT_SOURCE } from './mapStyle.ts';
import type { MapAreaCollection, MapPlotStateValue, MapSelection, MapSourcesData } from './mapTypes.ts';

const numericIdIndex = new WeakMap<MapAreaCollection, Map<string, string | number>>();

/** Map feature ids by the `id` property, per collection. */
export function featureIdsOf(collection: MapAreaCollection): Map<string, string | number> {
  let index = numericIdIndex.get(collection);
  if (index === undefined) {
    index = new Map();
    for (const feature of collection.features) {
      const id = feature.properties?.['id'];
      if (feature.id !== undefined && (typeof id === 'string' || typeof id === 'number') && !index.has(String(id))) {
        index.set(String(id), feature.id);
      }
    }
    numericIdIndex.set(collection, index);
  }
  return index;
}

export function applyPlotStates(map: MapLibreMap, plots: MapAreaCollection, values: readonly MapPlotStateValue[]): void {
  const ids = featureIdsOf(plots);
  for (const value of values) {
    const id = ids.get(value.id);
    if (id === undefined) continue;
    map.setFeatureState({ source: 'plots', id }, { efficiencyClass: value.efficiencyClass ?? '', compliance: value.compliance });
  }
}

/** Shows the selection: a district by feature state, a plot by its outline in the highlight source. */
export function applySelection(map: MapLibreMap, sources: MapSourcesData, previous: MapSelection, next: MapSelection): void {
  for (const [selection, selected] of [[previous, false], [next, true]] as const) {
    if (selection?.kind !== 'district') continue;
    const id = featureIdsOf(sources.districts).get(selection.id);
    if (id !== undefined) map.setFeatureState({ source: 'districts', id }, { selected });
  }
  const plotId = next?.kind === 'plot' ? next.id : null;
  const numericId = plotId === null ? undefined : featureIdsOf(sources.plots).get(plotId);
  const feature = numericId === undefined ? undefined : sources.plots.features.find((f) => f.id === numericId);
  void map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData({ type: 'FeatureCollection', features: feature ? [feature] : [] });
}
