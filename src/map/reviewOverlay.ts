/**
 * Review mode's overlays on the map: the DBSCAN cluster hulls (filled in the industry's colour,
 * outlined in HULL_LINE_COLOR) and the hexagon density grid (filled by plot count, outlined in
 * HEX_LINE_COLOR), and the plots a comparison found added, changed or removed (outlined in
 * CHANGE_COLORS). Each on its own source; added on first use, hidden when switched off.
 */
import type * as maplibregl from 'maplibre-gl';
import type { MapAreaCollection } from './mapTypes.ts';

/** What the overlays show; a collection is null when its overlay is off. */
export interface ReviewOverlayData {
  hulls: MapAreaCollection | null;
  hexes: MapAreaCollection | null;
  /** the comparison's added, changed and removed plots, each with `change` */
  changes: MapAreaCollection | null;
  /** [value, #rrggbb] of the hull fill, matched on the feature's `industry` */
  industryColors: readonly (readonly [string, string])[];
}

export const HULL_LINE_COLOR = '#c026d3';
export const HEX_LINE_COLOR = '#1d4ed8';
export const CHANGE_COLORS = { added: '#16a34a', changed: '#f59e0b', removed: '#dc2626' } as const;
const HEX_FILL_LOW = '#dbeafe';
const HEX_FILL_HIGH = '#1e3a8a';
const BEFORE_LAYER = 'park-labels';
const EMPTY: MapAreaCollection = { type: 'FeatureCollection', features: [] };

function before(map: maplibregl.Map): string | undefined {
  return map.getLayer(BEFORE_LAYER) === undefined ? undefined : BEFORE_LAYER;
}

function ensureLayers(map: maplibregl.Map, data: ReviewOverlayData): void {
  if (map.getSource('pz-review-hex') !== undefined) return;
  map.addSource('pz-review-hex', { type: 'geojson', data: EMPTY });
  map.addSource('pz-review-hulls', { type: 'geojson', data: EMPTY });
  map.addLayer({
    id: 'pz-review-hex-fill', type: 'fill', source: 'pz-review-hex',
    paint: {
      'fill-color': ['interpolate', ['linear'], ['get', 'densityShare'], 0, HEX_FILL_LOW, 1, HEX_FILL_HIGH],
      'fill-opacity': 0.45,
    },
  }, before(map));
  map.addLayer({ id: 'pz-review-hex-line', type: 'line', source: 'pz-review-hex', paint: { 'line-color': HEX_LINE_COLOR, 'line-width': 1.5 } }, before(map));
  const match: unknown[] = ['match', ['get', 'industry']];
  for (const [value, color] of data.industryColors) match.push(value, color);
  match.push('#9e9e9e');
  map.addLayer({
    id: 'pz-review-hull-fill', type: 'fill', source: 'pz-review-hulls',
    paint: { 'fill-color': match as maplibregl.ExpressionSpecification, 'fill-opacity': 0.25 },
  }, before(map));
  map.addLayer({ id: 'pz-review-hull-line', type: 'line', source: 'pz-review-hulls', paint: { 'line-color': HULL_LINE_COLOR, 'line-width': 3 } }, before(map));
  map.addSource('pz-review-changes', { type: 'geojson', data: EMPTY });
  map.addLayer({
    id: 'pz-review-change-line', type: 'line', source: 'pz-review-changes',
    paint: {
      'line-color': ['match', ['get', 'change'], 'added', CHANGE_COLORS.added, 'removed', CHANGE_COLORS.removed, CHANGE_COLORS.changed],
      'line-width': 3.5,
    },
  }, before(map));
}

function show(map: maplibregl.Map, source: string, layers: readonly string[], data: MapAreaCollection | null): void {
  for (const layer of layers) map.setLayoutProperty(layer, 'visibility', data === null ? 'none' : 'visible');
  if (data !== null) map.getSource<maplibregl.GeoJSONSource>(source)?.setData(data);
}

/** Keeps the overlays in step with `data`; waits for the style when it is still loading. */
export class ReviewOverlayLayers {
  private shown: ReviewOverlayData | null = null;
  private waiting = false;

  constructor(private readonly map: maplibregl.Map) {}

  set(data: ReviewOverlayData | null): void {
    if (data === this.shown) return;
    if (data === null && this.shown === null) return;
    const map = this.map;
    if (!map.isStyleLoaded()) {
      if (!this.waiting) {
        this.waiting = true;
        map.once('idle', () => {
          this.waiting = false;
          this.set(data);
        });
      }
      return;
    }
    const wanted = data ?? { hulls: null, hexes: null, changes: null, industryColors: [] };
    ensureLayers(map, wanted);
    show(map, 'pz-review-hex', ['pz-review-hex-fill', 'pz-review-hex-line'], wanted.hexes);
    show(map, 'pz-review-hulls', ['pz-review-hull-fill', 'pz-review-hull-line'], wanted.hulls);
    show(map, 'pz-review-changes', ['pz-review-change-line'], wanted.changes);
    this.shown = data;
  }
}
