/**
 * The map's style: no remote tiles, no glyphs URL, no sprite. Names are drawn from local fonts
 * (MapLibre rasterises text with the browser when the style has no `glyphs`).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapSourceId } from './mapTypes.ts';

/** Local font families, Chinese first; the browser falls back along the list. */
export const LABEL_FONTS = ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

export const MAP_COLORS = {
  background: '#f3f1ea',
  districtFill: '#d5e3f0',
  districtLine: '#1d3557',
  parkLine: '#3d3d3d',
  plotLine: '#5a5a5a',
  highlight: '#00b4d8',
  labelHalo: '#ffffff',
  districtLabel: '#102a43',
  parkLabel: '#333333',
} as const;

function empty(): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: [] };
}

const SOURCE_IDS: readonly MapSourceId[] = ['districts', 'districtLabels', 'parks', 'parkLabels', 'plots'];
/** The selected plot's outline: one feature, so a selection never touches the 10 000-plot source. */
export const HIGHLIGHT_SOURCE = 'highlight';

/** Label sizes in px at a 16 px root font; they grow with the UI on large screens. */
export const LABEL_SIZES_PX = { 'district-labels': 18, 'park-labels': 12 } as const;

/** Map layers by the toggle that shows them. */
export const LAYERS_BY_TOGGLE = {
  districts: ['districts-fill', 'districts-line'],
  parks: ['parks-line'],
  plots: ['plots-fill', 'plot-highlight'],
  labels: ['district-labels', 'park-labels'],
} as const;

export const PLOT_FILL_LAYER = 'plots-fill';
export const DISTRICT_FILL_LAYER = 'districts-fill';
/** The first zone layer: a basemap goes below it. */
export const FIRST_ZONE_LAYER = 'districts-fill';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

function layers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLORS.background } },
    { id: 'districts-fill', type: 'fill', source: 'districts',
      paint: { 'fill-color': MAP_COLORS.districtFill, 'fill-opacity': ['case', selected, 0.95, 0.7] } },
    // Outlines come with the fill (one-pixel, cheap); only the selected plot gets a line layer.
    { id: 'plots-fill', type: 'fill', source: 'plots',
      paint: {
        'fill-color': MAP_COLORS.background, 'fill-opacity': ['case', hovered, 1, 0.85],
        'fill-outline-color': ['case', hovered, '#000000', MAP_COLORS.plotLine],
      } },
    { id: 'plot-highlight', type: 'line', source: HIGHLIGHT_SOURCE,
      paint: { 'line-color': MAP_COLORS.highlight, 'line-width': 3.5 } },
    { id: 'parks-line', type: 'line', source: 'parks',
      paint: { 'line-color': MAP_COLORS.parkLine, 'line-width': 1.6, 'line-dasharray': [3, 2] } },
    { id: 'districts-line', type: 'line', source: 'districts',
      paint: { 'line-color': ['case', selected, MAP_COLORS.highlight, MAP_COLORS.districtLine], 'line-width': ['case', selected, 4, 2.5] } },
    { id: 'park-labels', type: 'symbol', source: 'parkLabels', minzoom: 12.5,
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONTS, 'text-size': LABEL_SIZES_PX['park-labels'], 'text-allow-overlap': false },
      paint: { 'text-color': MAP_COLORS.parkLabel, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 1.5 } },
    { id: 'district-labels', type: 'symbol', source: 'districtLabels',
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONTS, 'text-size': LABEL_SIZES_PX['district-labels'], 'text-allow-overlap': true },
      paint: { 'text-color': MAP_COLORS.districtLabel, 'text-halo-color': MAP_COLORS.labelHalo, 'text-halo-width': 2 } },
  ];
}

/** The initial style: empty sources, filled in by the map view as data arrives. */
export function zoneStyle(): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const id of [...SOURCE_IDS, HIGHLIGHT_SOURCE]) sources[id] = { type: 'geojson', data: empty() };
  return { version: 8, name: 'ParkZone', sources, layers: layers() };
}
