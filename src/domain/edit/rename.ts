/**
 * Giving a plot another code (地块编号). Codes are unique: a code already used by another plot is
 * refused. A bag that carries the code as its `id` key gets the new code there too.
 */
import type { Plot } from '../plot.ts';
import { plotWithId } from './plotCopy.ts';
import type { EditResult } from './refusal.ts';
import { refuse } from './refusal.ts';

export function renamePlot(plot: Plot, newId: string, existingIds: Iterable<string>): EditResult {
  const id = newId.trim();
  if (id === '') return refuse('id-empty');
  if (id === plot.id) return { ok: true, change: { added: [], removed: [], changed: [] } };
  for (const taken of existingIds) if (taken === id) return refuse('id-taken', id);
  return { ok: true, change: { added: [], removed: [], changed: [{ before: plot, after: plotWithId(plot, id) }] } };
}
