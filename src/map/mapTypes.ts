/**
 * What the map is handed: plain data, described here structurally so that nothing outside
 * src/map needs to import from it.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export type MapAreaCollection = FeatureCollection<Polygon | MultiPolygon>;
export type MapPointCollection = FeatureCollection<Point>;

/** The map's sources; an unchanged collection must be the same object (then nothing is re-sent). */
export interface MapSourcesData {
  districts: MapAreaCollection;
  districtLabels: MapPointCollection;
  parks: MapAreaCollection;
  parkLabels: MapPointCollection;
  plots: MapAreaCollection;
}
export type MapSourceId = keyof MapSourcesData;

/** How plots are coloured: a value read from a property or a feature state, matched to colours. */
export interface MapThemeSpec {
  key: string;
  from: 'property' | 'state';
  entries: readonly { value: string; color: string }[];
  fallbackColor: string;
}

/** Per-plot values from the engine, set as feature state (no source reset when they change). */
export interface MapPlotStateValue {
  id: string;
  efficiencyClass: string | null;
  compliance: string;
}

export type MapLayerToggles = Readonly<Record<'districts' | 'parks' | 'plots' | 'labels' | 'basemap', boolean>>;

/** [minLon, minLat, maxLon, maxLat] */
export type MapBox = [number, number, number, number];

export interface MapFocus {
  box: MapBox;
  seq: number;
}

export type MapSelection = { kind: 'plot' | 'district'; id: string } | null;
