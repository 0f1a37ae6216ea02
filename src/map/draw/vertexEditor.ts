/**
 * Reshaping a plot by its vertices, on MapLibre events and the core's vertex operations
 * (src/geo/edit/vertices.ts), so plots with holes and several parts are edited like any other:
 * drag a vertex (snapped), drag or click a midpoint to insert one, right-click a vertex or pick
 * it and press Delete to remove it. The new outline goes to the app on release.
 */
import type { Feature, Point, Position } from 'geojson';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Areal } from '../../domain/geometry.ts';
import { deleteVertex, insertVertex, moveVertex, type VertexEditResult, type VertexPath } from '../../geo/edit/vertices.ts';
import type { MapAreal } from './drawTypes.ts';
import { EDIT_HANDLE_SOURCE, EDIT_SHAPE_SOURCE, MIDPOINT_HANDLE_LAYER, VERTEX_HANDLE_LAYER, setEditSource } from './editLayers.ts';
import { handlesOf, pathOf, ringsOf } from './vertexHandles.ts';
import type { Snapper } from './snapper.ts';

export interface VertexEditHandlers {
  drafted(plotId: string, geometry: MapAreal | null, currentEdge: [Position, Position] | null): void;
  reshaped(plotId: string, geometry: MapAreal): void;
  refused(messageZh: string, messageEn: string): void;
}

const GRAB_PX = 7;

export class VertexEditor {
  private target: { id: string; geometry: Areal } | null = null;
  private drag: { path: VertexPath; base: Areal; current: Areal; moved: boolean } | null = null;
  private picked: VertexPath | null = null;

  constructor(private readonly map: MapLibreMap, private readonly snapper: Snapper, private readonly handlers: VertexEditHandlers) {}

  setTarget(target: { id: string; geometry: MapAreal } | null): void {
    if (target?.id === this.target?.id && target?.geometry === this.target?.geometry) return;
    this.target = target === null ? null : { id: target.id, geometry: target.geometry as Areal };
    this.drag = null;
    this.picked = null;
    this.show(this.target?.geometry ?? null, false);
    this.snapper.ignorePlots(target === null ? [] : [target.id]);
  }

  get active(): boolean {
    return this.target !== null;
  }

  mouseDown(event: MapMouseEvent): void {
    const target = this.target;
    const hit = this.handleAt(event);
    if (target === null || hit === null) return;
    event.preventDefault();
    this.map.dragPan.disable();
    if (hit.kind === 'vertex') {
      this.picked = hit.path;
      this.drag = { path: hit.path, base: target.geometry, current: target.geometry, moved: false };
      return;
    }
    const inserted = insertVertex(target.geometry, hit.path, hit.point);
    if (!inserted.ok) return this.refuse(inserted);
    const path = pathOf(inserted.geometry, hit.point) ?? hit.path;
    this.picked = path;
    this.drag = { path, base: inserted.geometry, current: inserted.geometry, moved: true };
    this.show(inserted.geometry, true);
  }

  mouseMove(event: MapMouseEvent): void {
    const drag = this.drag;
    if (drag === null || this.target === null) return;
    const to = this.snapper.snapPoint([event.lngLat.lng, event.lngLat.lat])?.point ?? [event.lngLat.lng, event.lngLat.lat];
    const result = moveVertex(drag.base, drag.path, to);
    if (!result.ok) return;
    drag.current = result.geometry;
    drag.moved = true;
    this.show(result.geometry, true);
    this.handlers.drafted(this.target.id, result.geometry as MapAreal, this.edgeTo(result.geometry, drag.path));
  }

  mouseUp(): void {
    const drag = this.drag;
    if (drag === null || this.target === null) return;
    this.drag = null;
    this.map.dragPan.enable();
    this.snapper.hide();
    this.handlers.drafted(this.target.id, null, null);
    if (drag.moved) this.handlers.reshaped(this.target.id, drag.current as MapAreal);
  }

  /** Right-click on a vertex, or Delete with a picked vertex: removes it. */
  deleteAt(event: MapMouseEvent | null): void {
    const target = this.target;
    const hit = event === null ? null : this.handleAt(event);
    const path = hit?.kind === 'vertex' ? hit.path : event === null ? this.picked : null;
    if (target === null || path === null) return;
    event?.preventDefault();
    this.picked = null;
    const result = deleteVertex(target.geometry, path);
    if (!result.ok) return this.refuse(result);
    this.handlers.reshaped(target.id, result.geometry as MapAreal);
  }

  private refuse(result: Extract<VertexEditResult, { ok: false }>): void {
    this.handlers.refused(result.messageZh, result.messageEn);
  }

  private handleAt(event: MapMouseEvent): { kind: 'vertex' | 'midpoint'; path: VertexPath; point: Position } | null {
    const { x, y } = event.point;
    const hits = this.map.queryRenderedFeatures([[x - GRAB_PX, y - GRAB_PX], [x + GRAB_PX, y + GRAB_PX]], { layers: [VERTEX_HANDLE_LAYER, MIDPOINT_HANDLE_LAYER] });
    const hit = hits.find((f) => f.layer.id === VERTEX_HANDLE_LAYER) ?? hits[0];
    const props = hit?.properties;
    if (hit === undefined || props === undefined || hit.geometry.type !== 'Point') return null;
    const path: VertexPath = [Number(props['part']), Number(props['ring']), Number(props['index'])];
    return { kind: props['kind'] === 'vertex' ? 'vertex' : 'midpoint', path, point: [Number(props['lon']), Number(props['lat'])] };
  }

  private edgeTo(geometry: Areal, path: VertexPath): [Position, Position] | null {
    const ring = ringsOf(geometry)[path[0]]?.[path[1]];
    const n = ring === undefined ? 0 : ring.length - 1;
    const here = ring?.[path[2]];
    const before = ring?.[(path[2] - 1 + n) % n];
    return here !== undefined && before !== undefined ? [before, here] : null;
  }

  private show(geometry: Areal | null, asDraft: boolean): void {
    const handles: Feature<Point>[] = geometry === null ? [] : handlesOf(geometry);
    setEditSource(this.map, EDIT_HANDLE_SOURCE, handles);
    setEditSource(this.map, EDIT_SHAPE_SOURCE, geometry !== null && asDraft ? [{ type: 'Feature', properties: {}, geometry }] : []);
  }
}
