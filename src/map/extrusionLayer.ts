/**
 * The 3D blocks of Present mode: a fill-extrusion layer over its own source, one feature per
 * plot with `heightM` and `color` (computed outside the map, from the same theme table as the
 * legend). Added on first use, shown or hidden after that.
 */
import type * as maplibregl from 'maplibre-gl';
import type { MapAreaCollection } from './mapTypes.ts';

export const EXTRUSION_SOURCE = 'pz-extrusion';
export const EXTRUSION_LAYER = 'pz-extrusion';
/** The 3D blocks go under the names, over the flat plots and boundaries. */
const BEFORE_LAYER = 'park-labels';

function ensureLayer(map: maplibregl.Map): void {
  if (map.getSource(EXTRUSION_SOURCE) !== undefined) return;
  map.addSource(EXTRUSION_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: EXTRUSION_LAYER, type: 'fill-extrusion', source: EXTRUSION_SOURCE,
    filter: ['>', ['to-number', ['get', 'heightM'], 0], 0],
    paint: {
      'fill-extrusion-color': ['to-color', ['get', 'color'], '#bdbdbd'],
      'fill-extrusion-height': ['to-number', ['get', 'heightM'], 0],
      'fill-extrusion-base': 0,
      'fill-extrusion-opacity': 0.88,
    },
  }, map.getLayer(BEFORE_LAYER) === undefined ? undefined : BEFORE_LAYER);
}

/**
 * Shows `data` as 3D blocks, or hides them when null. The same collection object as last time
 * is not sent again.
 */
export class ExtrusionLayer {
  private shown: MapAreaCollection | null = null;

  constructor(private readonly map: maplibregl.Map) {}

  set(data: MapAreaCollection | null): void {
    const map = this.map;
    if (data === null) {
      if (map.getLayer(EXTRUSION_LAYER) !== undefined) map.setLayoutProperty(EXTRUSION_LAYER, 'visibility', 'none');
      return;
    }
    ensureLayer(map);
    map.setLayoutProperty(EXTRUSION_LAYER, 'visibility', 'visible');
    if (data === this.shown) return;
    map.getSource<maplibregl.GeoJSONSource>(EXTRUSION_SOURCE)?.setData(data);
    this.shown = data;
  }
}
