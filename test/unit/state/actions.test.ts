import { describe, expect, it } from 'vitest';
import { reduce } from '../../../src/state/actions.ts';
import type { AppState, SourceFeature } from '../../../src/state/types.ts';
import { initialEditState } from '../../../src/state/editTypes.ts';
import { initialSketchState } from '../../../src/state/sketchTypes.ts';
import { initialPresentState } from '../../../src/state/presentTypes.ts';

function feature(id: string): SourceFeature {
  return { index: 0, id, properties: { id }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } };
}

const EMPTY = { version: 0, features: [] };
const STATE: AppState = {
  lang: 'zh', mode: 'plan', theme: 'landUse',
  layers: { districts: true, parks: true, plots: true, labels: true, basemap: false },
  selection: null, focus: null,
  data: { districts: EMPTY, parks: EMPTY, plots: { version: 1, features: [feature('A'), feature('B')] } },
  dataVersion: 1, presetId: 'p', basemapUrl: '', loadStatus: 'ready', loadErrorText: '',
  importFlow: null, settingsOpen: false, edit: initialEditState(), sketch: initialSketchState(),
  present: initialPresentState(),
};

describe('reduce', () => {
  it('selects a district and asks the map to fly to it, each time anew', () => {
    const once = reduce(STATE, { type: 'district-focused', id: 'north' });
    const twice = reduce(once, { type: 'district-focused', id: 'north' });
    expect(once.selection).toEqual({ kind: 'district', id: 'north' });
    expect(once.focus).toEqual({ kind: 'district', id: 'north', seq: 1 });
    expect(twice.focus?.seq).toBe(2);
  });

  it('drops the selection of a plot that the new plots no longer hold', () => {
    const selected = reduce(STATE, { type: 'selected', selection: { kind: 'plot', id: 'A' } });
    const replaced = reduce(selected, { type: 'layer-replaced', kind: 'plots', features: [feature('B')], dataVersion: 2 });
    expect(replaced.selection).toBeNull();
    expect(replaced.data.plots.version).toBe(2);
    expect(replaced.dataVersion).toBe(2);
  });

  it('keeps a selection the new layer still holds, and never changes the input state', () => {
    const selected = reduce(STATE, { type: 'selected', selection: { kind: 'plot', id: 'B' } });
    const frozen = JSON.stringify(selected);
    const replaced = reduce(selected, { type: 'layer-replaced', kind: 'plots', features: [feature('B')], dataVersion: 2 });
    expect(replaced.selection).toEqual({ kind: 'plot', id: 'B' });
    expect(JSON.stringify(selected)).toBe(frozen);
  });

  it('shows the basemap switch on when a basemap URL is set, and off when it is cleared', () => {
    const set = reduce(STATE, { type: 'basemap-set', url: 'https://tiles.example/{z}/{x}/{y}.png' });
    expect(set.layers.basemap).toBe(true);
    expect(reduce(set, { type: 'basemap-set', url: '' }).layers.basemap).toBe(false);
  });
});
