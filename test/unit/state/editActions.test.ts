import { describe, expect, it } from 'vitest';
import { reduce } from '../../../src/state/actions.ts';
import type { AppState } from '../../../src/state/types.ts';
import { ADD_C, feature, plot, stateWith } from './editFixtures.ts';

const BASE: AppState = stateWith([feature('A', 117), feature('B', 117.01)]);

function ids(state: AppState): string[] {
  return state.data.plots.features.map((f) => f.id);
}

describe('edit actions', () => {
  it('adds a drawn plot to the plot layer, picks it and records the change for undo', () => {
    const next = reduce(BASE, { type: 'edit-applied', label: 'draw', change: ADD_C });
    expect(ids(next)).toEqual(['A', 'B', 'C']);
    expect(next.edit.selectedPlotIds).toEqual(['C']);
    expect(next.selection).toEqual({ kind: 'plot', id: 'C' });
    expect(next.edit.history.past.map((e) => e.label)).toEqual(['draw']);
    expect(next.data.plots.version).toBe(BASE.data.plots.version + 1);
  });

  it('undoes back to the very same features and redoes forward, leaving the data version to the engine', () => {
    const drawn = reduce(BASE, { type: 'edit-applied', label: 'draw', change: ADD_C });
    const undone = reduce(drawn, { type: 'edit-undone' });
    expect(undone.data.plots.features).toEqual(BASE.data.plots.features);
    expect(undone.data.plots.features[0]).toBe(BASE.data.plots.features[0]);
    expect(undone.edit.history.future).toHaveLength(1);
    const redone = reduce(undone, { type: 'edit-redone' });
    expect(ids(redone)).toEqual(['A', 'B', 'C']);
    expect(redone.dataVersion).toBe(BASE.dataVersion);
    expect(reduce(redone, { type: 'engine-synced', dataVersion: 9 }).dataVersion).toBe(9);
  });

  it('keeps a changed plot in its place and its id, and renames in the change move it to the end', () => {
    const [a] = [plot('A', 117)];
    const moved = { ...a, geometry: plot('A', 117.5).geometry };
    const reshaped = reduce(BASE, { type: 'edit-applied', label: 'move', change: { added: [], removed: [], changed: [{ before: a, after: moved }] } });
    expect(ids(reshaped)).toEqual(['A', 'B']);
    expect(reshaped.data.plots.features[0]?.geometry).toEqual(moved.geometry);
    const renamed = reduce(BASE, { type: 'edit-applied', label: 'rename', change: { added: [], removed: [], changed: [{ before: a, after: { ...a, id: 'A2' } }] } });
    expect(ids(renamed)).toEqual(['B', 'A2']);
  });

  it('picks several plots with Shift and drops one picked twice', () => {
    let state = reduce(BASE, { type: 'selected', selection: { kind: 'plot', id: 'A' } });
    state = reduce(state, { type: 'plot-pick-toggled', id: 'B' });
    expect(state.edit.selectedPlotIds).toEqual(['A', 'B']);
    state = reduce(state, { type: 'plot-pick-toggled', id: 'A' });
    expect(state.edit.selectedPlotIds).toEqual(['B']);
    expect(state.selection).toEqual({ kind: 'plot', id: 'B' });
  });

  it('keeps the picked plots when their attributes change', () => {
    let state = reduce(BASE, { type: 'plots-picked', ids: ['A', 'B'] });
    const a = plot('A', 117);
    state = reduce(state, { type: 'edit-applied', label: 'attributes', change: { added: [], removed: [], changed: [{ before: a, after: { ...a, properties: { id: 'A', landUse: '1001' } } }] } });
    expect(state.edit.selectedPlotIds).toEqual(['A', 'B']);
  });

  it('ignores an empty change and records nothing', () => {
    const next = reduce(BASE, { type: 'edit-applied', label: 'move', change: { added: [], removed: [], changed: [] } });
    expect(next).toBe(BASE);
  });

  it('forgets the history when a new plot file replaces the plots, but keeps the tool and snapping', () => {
    let state = reduce(BASE, { type: 'edit-tool-chosen', tool: 'polygon' });
    state = reduce(state, { type: 'edit-snap-toggled', enabled: false });
    state = reduce(state, { type: 'edit-applied', label: 'draw', change: ADD_C });
    state = reduce(state, { type: 'layer-replaced', kind: 'plots', features: [feature('X', 117)], dataVersion: 7 });
    expect(state.edit.history.past).toHaveLength(0);
    expect(state.edit.selectedPlotIds).toEqual([]);
    expect(state.edit.tool).toBe('polygon');
    expect(state.edit.snapEnabled).toBe(false);
  });

  it('never changes the input state', () => {
    const frozen = JSON.stringify(BASE);
    reduce(BASE, { type: 'edit-applied', label: 'draw', change: ADD_C });
    reduce(BASE, { type: 'plot-pick-toggled', id: 'A' });
    expect(JSON.stringify(BASE)).toBe(frozen);
  });
});
