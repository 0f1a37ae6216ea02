/**
 * The events <pz-map> sends up for editing, named as past facts, with their typed details.
 * The map only reports what the planner did; the app turns it into an operation on the model.
 */
import type { Polygon, Position } from 'geojson';
import type { MapAreal, MapDraft, MapEditCallbacks } from './drawTypes.ts';

export interface PzMapEditEventDetails {
  'pz-draft-changed': { draft: MapDraft | null };
  'pz-shape-drawn': { tool: 'polygon' | 'rectangle'; geometry: Polygon };
  'pz-line-drawn': { coordinates: Position[] };
  'pz-shape-reshaped': { plotId: string; geometry: MapAreal };
  'pz-plots-moved': { plotIds: readonly string[]; delta: [number, number] };
  'pz-plot-toggled': { id: string };
  'pz-edit-refused': { messageZh: string; messageEn: string };
}

/** Callbacks for the map's editing tools that send each report up as an event of `source`. */
export function editCallbacksFor(source: EventTarget): MapEditCallbacks {
  const emit = <T extends keyof PzMapEditEventDetails>(type: T, detail: PzMapEditEventDetails[T]): void => {
    source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  };
  return {
    draftChanged: (draft) => emit('pz-draft-changed', { draft }),
    shapeDrawn: (tool, geometry) => emit('pz-shape-drawn', { tool, geometry }),
    lineDrawn: (coordinates) => emit('pz-line-drawn', { coordinates }),
    shapeReshaped: (plotId, geometry) => emit('pz-shape-reshaped', { plotId, geometry }),
    plotsMoved: (plotIds, delta) => emit('pz-plots-moved', { plotIds, delta }),
    plotToggled: (id) => emit('pz-plot-toggled', { id }),
    refused: (messageZh, messageEn) => emit('pz-edit-refused', { messageZh, messageEn }),
  };
}

declare global {
  interface HTMLElementEventMap {
    'pz-draft-changed': CustomEvent<PzMapEditEventDetails['pz-draft-changed']>;
    'pz-shape-drawn': CustomEvent<PzMapEditEventDetails['pz-shape-drawn']>;
    'pz-line-drawn': CustomEvent<PzMapEditEventDetails['pz-line-drawn']>;
    'pz-shape-reshaped': CustomEvent<PzMapEditEventDetails['pz-shape-reshaped']>;
    'pz-plots-moved': CustomEvent<PzMapEditEventDetails['pz-plots-moved']>;
    'pz-plot-toggled': CustomEvent<PzMapEditEventDetails['pz-plot-toggled']>;
    'pz-edit-refused': CustomEvent<PzMapEditEventDetails['pz-edit-refused']>;
  }
}
