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

/** The states last set on each map, by numeric feature id, so that a refresh sets only what changed. */
const appliedStates = new WeakMap<MapLibreMap, Map<string | number, string>>();

export function applyPlotStates(map: MapLibreMap, plots: MapAreaCollection, values: readonly MapPlotStateValue[]): void {
  const ids = featureIdsOf(plots);
  let applied = appliedStates.get(map);
  if (applied === undefined) appliedStates.set(map, (applied = new Map()));
  for (const value of values) {
    const id = ids.get(value.id);
    if (id === undefined) continue;
    const key = `${value.efficiencyClass ?? ''}|${value.compliance}`;
    if (applied.get(id) === key) continue;
    applied.set(id, key);
    map.setFeatureState({ source: 'plots', id }, { efficiencyClass: value.efficiencyClass ?? '', compliance: value.compliance });
  }
}

/**
 * Shows the selection: a district by feature state, the picked plots (or the selected one) by
 * their outlines in the highlight source.
 */
export function applySelection(map: MapLibreMap, sources: MapSourcesData, previous: MapSelection, next: MapSelection, pickedPlotIds: readonly string[] = []): void {
  for (const [selection, selected] of [[previous, false], [next, true]] as const) {
    if (selection?.kind !== 'district') continue;
    const id = featureIdsOf(sources.districts).get(selection.id);
    if (id !== undefined) map.setFeatureState({ source: 'districts', id }, { selected });
  }
  const plotIds = new Set(pickedPlotIds);
  if (next?.kind === 'plot') plotIds.add(next.id);
  const numericIds = new Set([...plotIds].flatMap((id) => featureIdsOf(sources.plots).get(id) ?? []));
  const features = numericIds.size === 0 ? [] : sources.plots.features.filter((f) => f.id !== undefined && numericIds.has(f.id));
  void map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData({ type: 'FeatureCollection', features });
}
