/**
 * What the map's editing tools are handed and what they report, described structurally so
 * nothing outside src/map imports from here (the app's edit state has the same shapes).
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';

export type MapEditTool = 'select' | 'polygon' | 'rectangle' | 'vertices' | 'move' | 'split';

export type MapAreal = Polygon | MultiPolygon;

export interface MapEditProps {
  /** the active tool; null outside Plan mode (the map then only selects) */
  tool: MapEditTool | null;
  snapEnabled: boolean;
  selectedPlotIds: readonly string[];
  /** the plot whose vertices are edited (vertices tool, one plot picked); null otherwise */
  vertexTarget: { id: string; geometry: MapAreal } | null;
}

/** The shape under the cursor, for the live readout and the engine's preview. */
export interface MapDraft {
  tool: MapEditTool;
  geometry: MapAreal | LineString;
  currentEdge: [Position, Position] | null;
  cursorPx: { x: number; y: number };
  /** plots the shape stands for (their new outline, or their moved copies); [] for a new shape */
  plotIds: readonly string[];
  /** for a move: the offset [dLon, dLat] in degrees */
  moveDelta: [number, number] | null;
}

/** What the editing tools tell the app; the app turns each into an operation on the model. */
export interface MapEditCallbacks {
  draftChanged(draft: MapDraft | null): void;
  /** a polygon or rectangle was closed */
  shapeDrawn(tool: 'polygon' | 'rectangle', geometry: Polygon): void;
  /** a split line was finished */
  lineDrawn(coordinates: Position[]): void;
  /** a vertex was dragged, inserted or deleted */
  shapeReshaped(plotId: string, geometry: MapAreal): void;
  plotsMoved(plotIds: readonly string[], delta: [number, number]): void;
  /** shift-click on a plot: add it to the picked plots, or take it out */
  plotToggled(plotId: string): void;
  refused(messageZh: string, messageEn: string): void;
}
