/**
 * Plan mode's keyboard shortcuts: V select, P polygon, R rectangle, E vertices, M move, S split,
 * G merge, Delete delete (a picked vertex while reshaping), Escape back to select, Ctrl+Z undo,
 * Ctrl+Shift+Z or Ctrl+Y redo. Keys typed into a form field are left to the field.
 */
import type { EditTool } from '../state/editTypes.ts';
import type { AppController } from './appController.ts';
import { runCommand } from './editWiring.ts';

const TOOL_KEYS: Readonly<Record<string, EditTool>> = { v: 'select', p: 'polygon', r: 'rectangle', e: 'vertices', m: 'move', s: 'split' };

function typing(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/** `deleteVertex` removes the vertex picked in the map, if any, and says whether it did. */
export function bindEditKeys(controller: AppController, deleteVertex: () => boolean): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const state = controller.state;
    if (state.mode !== 'plan' || typing(event) || event.altKey) return;
    const key = event.key.toLowerCase();
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && (key === 'y' || (key === 'z' && event.shiftKey))) runCommand(controller, 'redo');
    else if (ctrl && key === 'z') runCommand(controller, 'undo');
    else if (ctrl) return;
    else if (key === 'delete' || key === 'backspace') {
      if (!(state.edit.tool === 'vertices' && deleteVertex())) runCommand(controller, 'delete');
    } else if (key === 'g') runCommand(controller, 'merge');
    else if (key === 'escape') controller.store.dispatch({ type: 'edit-tool-chosen', tool: 'select' });
    else if (TOOL_KEYS[key] !== undefined && !event.shiftKey) controller.store.dispatch({ type: 'edit-tool-chosen', tool: TOOL_KEYS[key] });
    else return;
    event.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
