/**
 * The map layers of the editing tools: the provisional shape (a drag, a move), the vertex and
 * midpoint handles of the plot being reshaped, and the snap indicator. Added on top of the zone.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

export const EDIT_SHAPE_SOURCE = 'pz-edit-shape';
export const EDIT_HANDLE_SOURCE = 'pz-edit-handles';
export const SNAP_SOURCE = 'pz-snap';
export const VERTEX_HANDLE_LAYER = 'pz-edit-vertices';
export const MIDPOINT_HANDLE_LAYER = 'pz-edit-midpoints';

export const EDIT_COLORS = { shape: '#e8590c', handle: '#ffffff', handleLine: '#e8590c', vertexSnap: '#d6336c', edgeSnap: '#f59f00' } as const;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function addEditLayers(map: MapLibreMap): void {
  for (const id of [EDIT_SHAPE_SOURCE, EDIT_HANDLE_SOURCE, SNAP_SOURCE]) map.addSource(id, { type: 'geojson', data: EMPTY });
  map.addLayer({ id: 'pz-edit-shape-fill', type: 'fill', source: EDIT_SHAPE_SOURCE, paint: { 'fill-color': EDIT_COLORS.shape, 'fill-opacity': 0.25 } });
  map.addLayer({ id: 'pz-edit-shape-line', type: 'line', source: EDIT_SHAPE_SOURCE, paint: { 'line-color': EDIT_COLORS.shape, 'line-width': 2, 'line-dasharray': [2, 1] } });
  map.addLayer({ id: MIDPOINT_HANDLE_LAYER, type: 'circle', source: EDIT_HANDLE_SOURCE, filter: ['==', ['get', 'kind'], 'midpoint'],
    paint: { 'circle-radius': 4, 'circle-color': EDIT_COLORS.handleLine, 'circle-opacity': 0.6, 'circle-stroke-color': EDIT_COLORS.handle, 'circle-stroke-width': 1 } });
  map.addLayer({ id: VERTEX_HANDLE_LAYER, type: 'circle', source: EDIT_HANDLE_SOURCE, filter: ['==', ['get', 'kind'], 'vertex'],
    paint: { 'circle-radius': 5.5, 'circle-color': EDIT_COLORS.handle, 'circle-stroke-color': EDIT_COLORS.handleLine, 'circle-stroke-width': 2 } });
  map.addLayer({ id: 'pz-snap-indicator', type: 'circle', source: SNAP_SOURCE,
    paint: {
      'circle-radius': ['case', ['==', ['get', 'kind'], 'vertex'], 8, 6], 'circle-opacity': 0,
      'circle-stroke-width': 3, 'circle-stroke-color': ['case', ['==', ['get', 'kind'], 'vertex'], EDIT_COLORS.vertexSnap, EDIT_COLORS.edgeSnap],
    } });
}

export function setEditSource(map: MapLibreMap, sourceId: string, features: readonly Feature<Geometry>[]): void {
  void map.getSource<GeoJSONSource>(sourceId)?.setData({ type: 'FeatureCollection', features: [...features] });
}
