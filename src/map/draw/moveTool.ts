/**
 * Moving plots by dragging, on MapLibre events and the core's move (src/domain/edit/move.ts),
 * so plots with holes and several parts move like any other. Press on a plot and drag: the
 * picked plots move together when the plot is one of them, else that plot alone. The offset
 * goes to the app on release.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Areal } from '../../domain/geometry.ts';
import { moveGeometry } from '../../domain/edit/move.ts';
import { EDIT_SHAPE_SOURCE, setEditSource } from './editLayers.ts';
import { PLOT_FILL_LAYER } from '../mapStyle.ts';

export interface MoveHandlers {
  drafted(plotIds: readonly string[], geometries: readonly Areal[], delta: [number, number] | null): void;
  moved(plotIds: readonly string[], delta: [number, number]): void;
}

export class MoveTool {
  selectedIds: readonly string[] = [];
  plots: FeatureCollection<Polygon | MultiPolygon> | null = null;
  private drag: { ids: string[]; geometries: Areal[]; start: [number, number]; delta: [number, number] } | null = null;

  constructor(private readonly map: MapLibreMap, private readonly handlers: MoveHandlers) {}

  mouseDown(event: MapMouseEvent): void {
    const hit = this.map.queryRenderedFeatures(event.point, { layers: [PLOT_FILL_LAYER] })[0];
    const id = hit?.properties['id'];
    if (typeof id !== 'string' || this.plots === null) return;
    const ids = this.selectedIds.includes(id) ? [...this.selectedIds] : [id];
    const wanted = new Set(ids);
    const geometries = this.plots.features
      .filter((f: Feature<Polygon | MultiPolygon>) => wanted.has(String(f.properties?.['id'])))
      .map((f) => f.geometry as Areal);
    event.preventDefault();
    this.map.dragPan.disable();
    this.drag = { ids, geometries, start: [event.lngLat.lng, event.lngLat.lat], delta: [0, 0] };
    this.map.getCanvas().style.cursor = 'grabbing';
  }

  mouseMove(event: MapMouseEvent): void {
    const drag = this.drag;
    if (drag === null) return;
    drag.delta = [event.lngLat.lng - drag.start[0], event.lngLat.lat - drag.start[1]];
    const moved = drag.geometries.map((g) => moveGeometry(g, drag.delta));
    setEditSource(this.map, EDIT_SHAPE_SOURCE, moved.map((geometry) => ({ type: 'Feature', properties: {}, geometry })));
    this.handlers.drafted(drag.ids, moved, drag.delta);
  }

  mouseUp(): void {
    const drag = this.drag;
    if (drag === null) return;
    this.drag = null;
    this.map.dragPan.enable();
    this.map.getCanvas().style.cursor = '';
    setEditSource(this.map, EDIT_SHAPE_SOURCE, []);
    this.handlers.drafted(drag.ids, [], null);
    if (drag.delta[0] !== 0 || drag.delta[1] !== 0) this.handlers.moved(drag.ids, drag.delta);
  }

  get dragging(): boolean {
    return this.drag !== null;
  }
}
