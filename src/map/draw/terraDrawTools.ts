/**
 * Drawing new shapes with terra-draw: a polygon (click the corners, click the first or last
 * corner again or press Enter to close), a rectangle (two clicks), and the split line (click
 * the points, click the last one again or press Enter). Snapping goes through our snapper;
 * a finished shape gets the exact snapped coordinates back (terra-draw keeps 9 decimals), is
 * handed to the app and taken out of terra-draw's own store: the plan lives in ours.
 */
import type { Polygon, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawRectangleMode, type GeoJSONStoreFeatures } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { MapEditTool } from './drawTypes.ts';
import type { Snapper } from './snapper.ts';

type DrawMode = 'polygon' | 'rectangle' | 'linestring' | 'static';

export interface DrawnShapeHandlers {
  /** the shape being drawn, the cursor's point included; null when none */
  drafted(tool: MapEditTool, geometry: Polygon | { type: 'LineString'; coordinates: Position[] } | null, currentEdge: [Position, Position] | null): void;
  polygonDrawn(tool: 'polygon' | 'rectangle', geometry: Polygon): void;
  lineDrawn(coordinates: Position[]): void;
}

const COLOR = '#e8590c' as const;
const MODE_OF_TOOL: Partial<Record<MapEditTool, DrawMode>> = { polygon: 'polygon', rectangle: 'rectangle', split: 'linestring' };
const TOOL_OF_MODE: Readonly<Record<string, MapEditTool>> = { polygon: 'polygon', rectangle: 'rectangle', linestring: 'split' };

function lastEdge(points: readonly Position[]): [Position, Position] | null {
  const a = points[points.length - 2];
  const b = points[points.length - 1];
  return a !== undefined && b !== undefined ? [a, b] : null;
}

export class TerraDrawTools {
  private readonly draw: TerraDraw;
  private mode: DrawMode = 'static';

  constructor(map: MapLibreMap, private readonly snapper: Snapper, private readonly handlers: DrawnShapeHandlers) {
    const snapping = { toCustom: (event: { lng: number; lat: number }) => this.snapper.snapPoint([event.lng, event.lat])?.point };
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 9, prefixId: 'pz-td' }),
      modes: [
        new TerraDrawPolygonMode({ snapping, pointerDistance: 12, styles: { fillColor: COLOR, fillOpacity: 0.2, outlineColor: COLOR, outlineWidth: 2, closingPointColor: '#ffffff', closingPointOutlineColor: COLOR } }),
        new TerraDrawRectangleMode({ styles: { fillColor: COLOR, fillOpacity: 0.2, outlineColor: COLOR, outlineWidth: 2 } }),
        new TerraDrawLineStringMode({ snapping, pointerDistance: 12, styles: { lineStringColor: '#c92a2a', lineStringWidth: 3, closingPointColor: '#ffffff', closingPointOutlineColor: '#c92a2a' } }),
      ],
    });
    this.draw.start();
    this.draw.on('change', () => this.reportDraft());
    this.draw.on('finish', (id, context) => {
      if (context.action === 'draw') this.finish(id);
    });
  }

  /** Switches terra-draw to the tool's mode ('static' for tools it does not serve). */
  setTool(tool: MapEditTool | null): void {
    const mode = (tool === null ? undefined : MODE_OF_TOOL[tool]) ?? 'static';
    if (mode === this.mode) return;
    this.mode = mode;
    this.draw.setMode(mode);
    this.draw.clear();
    this.snapper.reset();
    this.handlers.drafted('select', null, null);
  }

  destroy(): void {
    this.draw.stop();
  }

  private drawing(): GeoJSONStoreFeatures | undefined {
    return this.draw.getSnapshot().find((f) => f.properties['currentlyDrawing'] === true);
  }

  private reportDraft(): void {
    const feature = this.drawing();
    const tool = TOOL_OF_MODE[this.mode];
    if (feature === undefined || tool === undefined) return this.handlers.drafted(tool ?? 'select', null, null);
    const geometry = feature.geometry;
    if (geometry.type === 'Polygon') {
      const ring = geometry.coordinates[0] ?? [];
      this.handlers.drafted(tool, geometry, lastEdge(ring.slice(0, -1)));
    } else if (geometry.type === 'LineString') {
      this.handlers.drafted(tool, geometry, lastEdge(geometry.coordinates));
    }
  }

  private finish(id: string | number): void {
    const feature = this.draw.getSnapshotFeature(id);
    this.draw.removeFeatures([id]);
    this.handlers.drafted('select', null, null);
    const geometry = feature?.geometry;
    if (geometry?.type === 'Polygon') {
      const exact: Polygon = { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map((p) => this.snapper.exact(p))) };
      this.handlers.polygonDrawn(this.mode === 'rectangle' ? 'rectangle' : 'polygon', exact);
    } else if (geometry?.type === 'LineString') {
      this.handlers.lineDrawn(geometry.coordinates.map((p) => this.snapper.exact(p)));
    }
    this.snapper.reset();
  }
}
