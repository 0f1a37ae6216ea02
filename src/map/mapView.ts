/**
 * The MapLibre map behind the map component: created once, then brought to each new set of props
 * by `apply`, which touches only what changed since the last call.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { setBasemap, setBasemapVisible } from './basemap.ts';
import { attachInteraction, type MapClickHandlers } from './mapInteraction.ts';
import { LABEL_SIZES_PX, LAYERS_BY_TOGGLE, PLOT_FILL_LAYER, zoneStyle } from './mapStyle.ts';
import type { MapBox, MapFocus, MapLayerToggles, MapPlotStateValue, MapSelection, MapSourceId, MapSourcesData, MapThemeSpec } from './mapTypes.ts';
import { syncSource } from './sourceSync.ts';
import { applyPlotStates, applySelection } from './featureStates.ts';
import { themeFillColor } from './themePaint.ts';
import { FitZoneControl, fitBox, sameBox } from './fitZoneControl.ts';
import type { MapEditCallbacks, MapEditProps } from './draw/drawTypes.ts';
import { MapEditor } from './draw/mapEditor.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface MapViewProps {
  sources: MapSourcesData;
  theme: MapThemeSpec;
  plotStates: readonly MapPlotStateValue[];
  toggles: MapLayerToggles;
  lang: 'zh' | 'en';
  selection: MapSelection;
  focus: MapFocus | null;
  /** the zone's box: the map fits it whenever it changes */
  zoneBox: MapBox | null;
  basemapUrl: string;
  /** tooltip of the button that fits the zone */
  fitZoneLabel: string;
  /** label size relative to a 16 px root font (the UI's text grows on large screens) */
  labelScale: number;
  /** Plan mode's editing tools (src/map/draw) */
  edit: MapEditProps;
}

export class MapView {
  readonly map: maplibregl.Map;
  private applied: Partial<MapViewProps> = {};
  private loaded = false;
  private pending: MapViewProps | null = null;
  private readonly detach: () => void;
  private readonly fitZone: FitZoneControl;
  private editor: MapEditor | null = null;

  constructor(container: HTMLElement, handlers: MapClickHandlers, onIdle: () => void, editCallbacks: MapEditCallbacks) {
    this.map = new maplibregl.Map({
      container, style: zoneStyle(), center: [0, 0], zoom: 1, attributionControl: false,
      dragRotate: true, maxPitch: 0, fadeDuration: 0,
      // Shift+click picks several plots for editing, so Shift+drag does not zoom to a box
      boxZoom: false,
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: true, showZoom: true }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.fitZone = new FitZoneControl(() => {
      const box = this.applied.zoneBox;
      if (box) this.fit(box, true);
    }, '');
    this.map.addControl(this.fitZone, 'top-right');
    this.detach = attachInteraction(this.map, handlers, () => this.editor?.picksPlots() ?? true);
    this.map.on('idle', onIdle);
    this.map.once('load', () => {
      this.loaded = true;
      this.editor = new MapEditor(this.map, editCallbacks);
      if (this.pending) this.apply(this.pending);
    });
  }

  /** Brings the map to `props`; before the style has loaded, remembers them for later. */
  apply(props: MapViewProps): void {
    if (!this.loaded) {
      this.pending = props;
      return;
    }
    const last = this.applied;
    this.applySources(props.sources, last.sources);
    if (props.theme !== last.theme) this.map.setPaintProperty(PLOT_FILL_LAYER, 'fill-color', themeFillColor(props.theme));
    if (props.plotStates !== last.plotStates || props.sources.plots !== last.sources?.plots) {
      applyPlotStates(this.map, props.sources.plots, props.plotStates);
    }
    if (props.toggles !== last.toggles) this.applyToggles(props.toggles);
    if (props.lang !== last.lang) this.applyLang(props.lang);
    if (props.fitZoneLabel !== last.fitZoneLabel) this.fitZone.setLabel(props.fitZoneLabel);
    if (props.labelScale !== last.labelScale) {
      for (const [id, sizePx] of Object.entries(LABEL_SIZES_PX)) this.map.setLayoutProperty(id, 'text-size', sizePx * props.labelScale);
    }
    if (props.basemapUrl !== last.basemapUrl) setBasemap(this.map, props.basemapUrl, props.toggles.basemap);
    if (props.selection !== last.selection || props.sources !== last.sources || props.edit.selectedPlotIds !== last.edit?.selectedPlotIds) {
      applySelection(this.map, props.sources, last.selection ?? null, props.selection, props.edit.selectedPlotIds);
    }
    if (props.edit !== last.edit || props.sources !== last.sources) {
      this.editor?.apply(props.edit, props.sources.plots, props.sources.parks, props.sources.districts);
    }
    if (props.zoneBox !== null && !sameBox(props.zoneBox, last.zoneBox ?? null)) this.fit(props.zoneBox, false);
    if (props.focus !== null && props.focus.seq !== last.focus?.seq) this.fit(props.focus.box, true);
    this.applied = props;
  }

  /** Resolves once the map has drawn a frame with everything loaded and no camera movement. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /** Pixel position of a point in the map's container. */
  project(lon: number, lat: number): { x: number; y: number } {
    const point = this.map.project([lon, lat]);
    return { x: point.x, y: point.y };
  }

  /** Delete pressed while reshaping: removes the picked vertex; false when the key is not the editor's. */
  deletePickedVertex(): boolean {
    return this.editor?.deletePickedVertex() ?? false;
  }

  destroy(): void {
    this.editor?.destroy();
    this.detach();
    this.map.remove();
  }

  private applySources(next: MapSourcesData, previous: MapSourcesData | undefined): void {
    for (const id of Object.keys(next) as MapSourceId[]) {
      const source = this.map.getSource<maplibregl.GeoJSONSource>(id);
      if (source) syncSource(source, previous?.[id] as FeatureCollection | undefined, next[id]);
    }
  }

  private applyToggles(toggles: MapLayerToggles): void {
    for (const [toggle, layerIds] of Object.entries(LAYERS_BY_TOGGLE)) {
      const visible = toggles[toggle as keyof typeof LAYERS_BY_TOGGLE];
      for (const id of layerIds) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
    setBasemapVisible(this.map, toggles.basemap);
  }

  private applyLang(lang: 'zh' | 'en'): void {
    const field = lang === 'zh' ? 'name' : 'nameEn';
    for (const id of LAYERS_BY_TOGGLE.labels) this.map.setLayoutProperty(id, 'text-field', ['get', field]);
  }

  private fit(box: MapBox, animate: boolean): void {
    fitBox(this.map, box, animate);
  }
}
