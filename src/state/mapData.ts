/**
 * The map's view of the source data: GeoJSON collections with numeric feature ids (for feature
 * state and incremental updates) and only the properties the map draws. Memoised per layer
 * version, so an unchanged layer hands the map the same object and the map re-sends nothing.
 */
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { BBox } from '../domain/geometry.ts';
import { bboxOf, labelPointOf, themePropertiesOf } from './coreViews.ts';
import type { LayerData, SourceFeature } from './types.ts';

export type AreaCollection = FeatureCollection<Polygon | MultiPolygon>;
export type PointCollection = FeatureCollection<Point>;

function memoByLayer<T>(build: (layer: LayerData) => T): (layer: LayerData) => T {
  const cache = new WeakMap<LayerData, T>();
  return (layer) => {
    let value = cache.get(layer);
    if (value === undefined) {
      value = build(layer);
      cache.set(layer, value);
    }
    return value;
  };
}

function nameProperties(feature: SourceFeature): Record<string, string> {
  const name = feature.properties['name'];
  const nameEn = feature.properties['nameEn'];
  return {
    id: feature.id,
    name: typeof name === 'string' ? name : feature.id,
    nameEn: typeof nameEn === 'string' && nameEn !== '' ? nameEn : typeof name === 'string' ? name : feature.id,
  };
}

/**
 * Numeric map ids by plot id, stable for the whole session: an unchanged plot keeps its id and
 * its feature object across versions, so the map can send only what changed.
 */
const plotNumericIds = new Map<string, number>();
const plotFeatures = new WeakMap<SourceFeature, Feature<Polygon | MultiPolygon>>();
let lastNumericId = 0;

function mapPlotFeature(feature: SourceFeature, numericId: number): Feature<Polygon | MultiPolygon> {
  return {
    type: 'Feature', id: numericId, geometry: feature.geometry,
    properties: { id: feature.id, ...(feature.themeKeys ?? themePropertiesOf(feature)) },
  };
}

function plotFeatureOf(feature: SourceFeature): Feature<Polygon | MultiPolygon> {
  let mapFeature = plotFeatures.get(feature);
  if (mapFeature === undefined) {
    let numericId = plotNumericIds.get(feature.id);
    if (numericId === undefined) {
      numericId = ++lastNumericId;
      plotNumericIds.set(feature.id, numericId);
    }
    mapFeature = mapPlotFeature(feature, numericId);
    plotFeatures.set(feature, mapFeature);
  }
  return mapFeature;
}

/** Plots with stable numeric ids (a repeated plot id gets a fresh one) and their theme properties. */
export const plotCollectionOf = memoByLayer((layer): AreaCollection => {
  const seen = new Set<string | number | undefined>();
  const features = layer.features.map((feature) => {
    const mapFeature = plotFeatureOf(feature);
    if (!seen.has(mapFeature.id)) {
      seen.add(mapFeature.id);
      return mapFeature;
    }
    return mapPlotFeature(feature, ++lastNumericId);
  });
  return { type: 'FeatureCollection', features };
});

/** Districts or parks with numeric ids and their names. */
export const areaCollectionOf = memoByLayer((layer): AreaCollection => ({
  type: 'FeatureCollection',
  features: layer.features.map((feature, position): Feature<Polygon | MultiPolygon> => ({
    type: 'Feature', id: position, geometry: feature.geometry, properties: nameProperties(feature),
  })),
}));

/** One label point per district or park. */
export const labelCollectionOf = memoByLayer((layer): PointCollection => ({
  type: 'FeatureCollection',
  features: layer.features.map((feature, position): Feature<Point> => ({
    type: 'Feature', id: position, geometry: { type: 'Point', coordinates: labelPointOf(feature.geometry) },
    properties: nameProperties(feature),
  })),
}));

/** The bounding box of every feature of a layer, by feature id. */
export const bboxesOf = memoByLayer((layer): ReadonlyMap<string, BBox> =>
  new Map(layer.features.map((feature) => [feature.id, bboxOf(feature.geometry)])));

/** The box covering a whole layer, or null when it is empty. */
export const layerBBoxOf = memoByLayer((layer): BBox | null => {
  if (layer.features.length === 0) return null;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of bboxesOf(layer).values()) {
    box[0] = Math.min(box[0], b[0]); box[1] = Math.min(box[1], b[1]);
    box[2] = Math.max(box[2], b[2]); box[3] = Math.max(box[3], b[3]);
  }
  return box;
});
