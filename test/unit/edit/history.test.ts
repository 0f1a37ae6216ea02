import { describe, expect, it } from 'vitest';
import { applyChangeSet } from '../../../src/domain/changeSet.ts';
import type { PlotChangeSet } from '../../../src/domain/changeSet.ts';
import { canRedo, canUndo, createHistory, push, redo, undo } from '../../../src/domain/history.ts';
import type { Plot } from '../../../src/domain/plot.ts';
import { movePlots } from '../../../src/domain/edit/move.ts';
import { deletePlots } from '../../../src/domain/edit/delete.ts';
import { setPlotAttributes } from '../../../src/domain/edit/attributes.ts';
import { plotOf, rectM } from './fixtures.ts';

const a = plotOf('A-1', rectM(0, 0, 100, 100));
const b = plotOf('A-2', rectM(100, 0, 200, 100));
const start: ReadonlyMap<string, Plot> = new Map([[a.id, a], [b.id, b]]);

function attributes(plots: ReadonlyMap<string, Plot>, patch: Record<string, unknown>): PlotChangeSet {
  const result = setPlotAttributes([...plots.values()], patch);
  if (!result.ok) throw new Error('bad patch');
  return result.change;
}

describe('edit history', () => {
  it('restores every state exactly through a sequence of undos and redos', () => {
    const states: ReadonlyMap<string, Plot>[] = [start];
    let history = createHistory();
    const steps: [string, (plots: ReadonlyMap<string, Plot>) => PlotChangeSet][] = [
      ['move', (plots) => movePlots([plots.get('A-1') as Plot], [1e-5, 2e-5])],
      ['attributes', (plots) => attributes(plots, { status: 'built' })],
      ['delete', (plots) => deletePlots([plots.get('A-2') as Plot])],
    ];
    for (const [label, op] of steps) {
      const current = states[states.length - 1] as ReadonlyMap<string, Plot>;
      const change = op(current);
      states.push(applyChangeSet(current, change));
      history = push(history, label, change);
    }
    let plots = states[3] as ReadonlyMap<string, Plot>;
    for (let k = 2; k >= 0; k--) {
      const step = undo(history);
      if (step === null) throw new Error('expected an undo');
      plots = applyChangeSet(plots, step.change);
      history = step.history;
      expect(plots).toEqual(states[k]);
    }
    expect(canUndo(history)).toBe(false);
    for (let k = 1; k <= 3; k++) {
      const step = redo(history);
      if (step === null) throw new Error('expected a redo');
      plots = applyChangeSet(plots, step.change);
      history = step.history;
      expect(plots).toEqual(states[k]);
    }
    expect(canRedo(history)).toBe(false);
  });

  it('labels each step and drops the redo branch when a new change is pushed', () => {
    let history = push(createHistory(), 'move', movePlots([a], [1e-5, 0]));
    history = push(history, 'delete', deletePlots([b]));
    const step = undo(history);
    expect(step?.label).toBe('delete');
    history = push(step?.history ?? history, 'move', movePlots([a], [0, 1e-5]));
    expect(canRedo(history)).toBe(false);
    expect(history.past.map((e) => e.label)).toEqual(['move', 'move']);
  });

  it('forgets the oldest entries beyond its limit', () => {
    let history = createHistory(3);
    for (let i = 1; i <= 5; i++) history = push(history, `move ${i}`, movePlots([a], [i * 1e-6, 0]));
    expect(history.past.map((e) => e.label)).toEqual(['move 3', 'move 4', 'move 5']);
  });

  it('does not record an empty change and leaves the old history valid', () => {
    const empty = createHistory();
    expect(push(empty, 'move', movePlots([a], [0, 0]))).toBe(empty);
    const one = push(empty, 'delete', deletePlots([a]));
    expect(canUndo(empty)).toBe(false);
    expect(canUndo(one)).toBe(true);
    expect(undo(empty)).toBeNull();
    expect(redo(one)).toBeNull();
  });
});
