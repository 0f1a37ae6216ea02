/**
 * The optional basemap: a raster or vector tile URL the user enters in settings. None by default,
 * so the app makes no network request unless the user asks for one.
 */
import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { FIRST_ZONE_LAYER } from './mapStyle.ts';

const SOURCE_ID = 'basemap';

/** Vector tiles are recognised by their extension; anything else is taken as raster tiles. */
export function isVectorTileUrl(url: string): boolean {
  return /\.(pbf|mvt)(\?|$)/i.test(url);
}

function sourceOf(url: string): SourceSpecification {
  return isVectorTileUrl(url)
    ? { type: 'vector', tiles: [url], maxzoom: 14 }
    : { type: 'raster', tiles: [url], tileSize: 256, maxzoom: 19 };
}

/** Generic layers for OpenMapTiles-style vector tiles: water, land cover, roads, buildings. */
function vectorLayers(): LayerSpecification[] {
  return [
    { id: 'basemap-water', type: 'fill', source: SOURCE_ID, 'source-layer': 'water', paint: { 'fill-color': '#b7d3e9' } },
    { id: 'basemap-landuse', type: 'fill', source: SOURCE_ID, 'source-layer': 'landuse', paint: { 'fill-color': '#ebe7dc' } },
    { id: 'basemap-building', type: 'fill', source: SOURCE_ID, 'source-layer': 'building', paint: { 'fill-color': '#dcd6ca' } },
    { id: 'basemap-roads', type: 'line', source: SOURCE_ID, 'source-layer': 'transportation', paint: { 'line-color': '#ffffff', 'line-width': 1.5 } },
  ];
}

function layersOf(url: string): LayerSpecification[] {
  if (isVectorTileUrl(url)) return vectorLayers();
  return [{ id: 'basemap-raster', type: 'raster', source: SOURCE_ID }];
}

/** Replaces the basemap with the one at `url` ('' removes it). */
export function setBasemap(map: MapLibreMap, url: string, visible: boolean): void {
  for (const layer of map.getStyle().layers) {
    if (layer.id.startsWith('basemap-')) map.removeLayer(layer.id);
  }
  if (map.getSource(SOURCE_ID)) map.removeSource(SOURCE_ID);
  if (url === '') return;
  map.addSource(SOURCE_ID, sourceOf(url));
  for (const layer of layersOf(url)) {
    map.addLayer({ ...layer, layout: { visibility: visible ? 'visible' : 'none' } }, FIRST_ZONE_LAYER);
  }
}

/** Shows or hides the basemap layers, if any. */
export function setBasemapVisible(map: MapLibreMap, visible: boolean): void {
  for (const layer of map.getStyle().layers) {
    if (layer.id.startsWith('basemap-')) map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
  }
}
