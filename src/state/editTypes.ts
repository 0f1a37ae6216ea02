/**
 * The editing part of the UI state (Plan mode): the active tool, snapping, the plots selected
 * for editing, the undo history of change sets, the shape being drawn (for the live readout),
 * and the last refusal. Derived numbers (areas, checks) come from selectors, not from here.
 */
import type { Areal, Position } from '../domain/geometry.ts';
import { createHistory, type EditHistory } from '../domain/history.ts';

/** Tools that stay on until another is chosen. Delete, merge, undo and redo are commands. */
export const EDIT_TOOLS = ['select', 'polygon', 'rectangle', 'vertices', 'move', 'split'] as const;
export type EditTool = (typeof EDIT_TOOLS)[number];

export const EDIT_COMMANDS = ['delete', 'merge', 'undo', 'redo'] as const;
export type EditCommand = (typeof EDIT_COMMANDS)[number];

/** Tools that draw on the map: clicks there add points instead of selecting plots. */
export function isDrawingTool(tool: EditTool): boolean {
  return tool === 'polygon' || tool === 'rectangle' || tool === 'split' || tool === 'vertices';
}

/** A message for the planner in both languages (a refusal's reason, or what to do next). */
export interface EditNotice {
  level: 'refused' | 'info';
  messageZh: string;
  messageEn: string;
}

/** The shape under the cursor while drawing or editing, for the live readout. */
export interface DraftShape {
  tool: EditTool;
  /** the shape as drawn so far, the cursor's point included (a ring, or the split line) */
  geometry: Areal | { type: 'LineString'; coordinates: Position[] };
  /** the edge being drawn, from the last fixed point to the cursor; null when none */
  currentEdge: [Position, Position] | null;
  /** where to show the readout, in pixels from the map's top-left corner */
  cursorPx: { x: number; y: number };
  /** plots the shape stands for (their new outline, or their moved copies); [] for a new shape */
  plotIds: readonly string[];
  /** for a move: the offset [dLon, dLat] in degrees */
  moveDelta: [number, number] | null;
}

export interface EditState {
  tool: EditTool;
  snapEnabled: boolean;
  /** the plots the form and the commands act on, in the order they were picked */
  selectedPlotIds: readonly string[];
  history: EditHistory;
  draft: DraftShape | null;
  notice: EditNotice | null;
  /** plots added or changed by the last edit: their overlaps and district checks are shown */
  lastEditedIds: readonly string[];
  /** the merge dialog: open while the planner picks whose attributes the merged plot keeps */
  mergeOpen: boolean;
  /** why the attribute form's last values were refused (one per field); [] when none */
  formProblems: readonly FormProblem[];
}

/** A refused value of the attribute form: the property key and the sentence to show. */
export interface FormProblem {
  key: string;
  messageZh: string;
  messageEn: string;
}

export function initialEditState(): EditState {
  return {
    tool: 'select', snapEnabled: true, selectedPlotIds: [], history: createHistory(),
    draft: null, notice: null, lastEditedIds: [], mergeOpen: false, formProblems: [],
  };
}
