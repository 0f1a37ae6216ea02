/**
 * The map's editing tools behind one object: terra-draw for new shapes and the split line, our
 * vertex editor and move tool for existing plots (any geometry), and the snapper they share.
 * Brought to each new set of props by `apply`; the shape under the cursor is reported at most
 * once per animation frame.
 */
import type { LineString } from 'geojson';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { MapAreaCollection } from '../mapTypes.ts';
import type { MapAreal, MapDraft, MapEditCallbacks, MapEditProps, MapEditTool } from './drawTypes.ts';
import { addEditLayers } from './editLayers.ts';
import { MoveTool } from './moveTool.ts';
import { Snapper } from './snapper.ts';
import { TerraDrawTools } from './terraDrawTools.ts';
import { VertexEditor } from './vertexEditor.ts';

type DraftBody = Omit<MapDraft, 'cursorPx'>;

export class MapEditor {
  private readonly snapper: Snapper;
  private readonly drawTools: TerraDrawTools;
  private readonly vertices: VertexEditor;
  private readonly mover: MoveTool;
  private props: MapEditProps | null = null;
  private cursorPx = { x: 0, y: 0 };
  private pendingDraft: DraftBody | null | undefined = undefined;
  private frame = 0;
  private readonly unbind: () => void;

  constructor(private readonly map: MapLibreMap, private readonly callbacks: MapEditCallbacks) {
    addEditLayers(map);
    this.snapper = new Snapper(map);
    const draft = (body: DraftBody | null): void => this.queueDraft(body);
    this.drawTools = new TerraDrawTools(map, this.snapper, {
      drafted: (tool, geometry, currentEdge) => draft(geometry === null ? null : { tool, geometry: geometry as MapAreal | LineString, currentEdge, plotIds: [], moveDelta: null }),
      polygonDrawn: (tool, geometry) => callbacks.shapeDrawn(tool, geometry),
      lineDrawn: (coordinates) => callbacks.lineDrawn(coordinates),
    });
    this.vertices = new VertexEditor(map, this.snapper, {
      drafted: (plotId, geometry, currentEdge) => draft(geometry === null ? null : { tool: 'vertices', geometry, currentEdge, plotIds: [plotId], moveDelta: null }),
      reshaped: (plotId, geometry) => callbacks.shapeReshaped(plotId, geometry),
      refused: (zh, en) => callbacks.refused(zh, en),
    });
    this.mover = new MoveTool(map, {
      drafted: (plotIds, geometries, delta) => draft(delta === null || geometries[0] === undefined ? null
        : { tool: 'move', geometry: geometries.length === 1 ? geometries[0] as MapAreal : { type: 'MultiPolygon', coordinates: geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)) }, currentEdge: null, plotIds, moveDelta: delta }),
      moved: (plotIds, delta) => callbacks.plotsMoved(plotIds, delta),
    });
    this.unbind = this.bindPointer();
  }

  apply(props: MapEditProps, plots: MapAreaCollection, parks: MapAreaCollection, districts: MapAreaCollection): void {
    const last = this.props;
    this.props = props;
    this.snapper.enabled = props.snapEnabled;
    this.snapper.setTargets(plots.features, parks.features, districts.features);
    this.mover.plots = plots;
    this.mover.selectedIds = props.selectedPlotIds;
    if (props.tool !== last?.tool) this.drawTools.setTool(props.tool);
    this.vertices.setTarget(props.tool === 'vertices' ? props.vertexTarget : null);
  }

  /** Whether a click on the map should pick plots (not while a drawing tool is on). */
  picksPlots(): boolean {
    const tool = this.props?.tool ?? null;
    return tool === null || tool === 'select' || tool === 'move' || (tool === 'vertices' && !this.vertices.active);
  }

  /** Delete with a picked vertex, while reshaping; false when there is none to delete. */
  deletePickedVertex(): boolean {
    if (this.props?.tool !== 'vertices' || !this.vertices.active) return false;
    this.vertices.deleteAt(null);
    return true;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.unbind();
    this.drawTools.destroy();
    this.snapper.destroy();
  }

  private tool(): MapEditTool | null {
    return this.props?.tool ?? null;
  }

  private bindPointer(): () => void {
    const down = (e: MapMouseEvent): void => {
      if (e.originalEvent.button !== 0) return;
      if (this.tool() === 'vertices') this.vertices.mouseDown(e);
      else if (this.tool() === 'move') this.mover.mouseDown(e);
    };
    const move = (e: MapMouseEvent): void => {
      this.cursorPx = { x: e.point.x, y: e.point.y };
      if (this.tool() === 'vertices') this.vertices.mouseMove(e);
      else if (this.tool() === 'move') this.mover.mouseMove(e);
    };
    const up = (): void => {
      this.vertices.mouseUp();
      this.mover.mouseUp();
    };
    const context = (e: MapMouseEvent): void => {
      if (this.tool() === 'vertices') this.vertices.deleteAt(e);
    };
    this.map.on('mousedown', down);
    this.map.on('mousemove', move);
    this.map.on('mouseup', up);
    this.map.on('contextmenu', context);
    return () => {
      this.map.off('mousedown', down);
      this.map.off('mousemove', move);
      this.map.off('mouseup', up);
      this.map.off('contextmenu', context);
    };
  }

  private queueDraft(body: DraftBody | null): void {
    this.pendingDraft = body;
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const pending = this.pendingDraft;
      this.pendingDraft = undefined;
      if (pending !== undefined) this.callbacks.draftChanged(pending === null ? null : { ...pending, cursorPx: this.cursorPx });
    });
  }
}

