import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/domain/sketch.ts';
import { reduce } from '../../../src/state/actions.ts';
import { initialState } from '../../../src/state/initialState.ts';
import type { AppState, SourceFeature } from '../../../src/state/types.ts';

function district(id: string): SourceFeature {
  return { index: 0, id, properties: { id }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } };
}

const NORTH: Scene = {
  id: 's1', title: '北区 做优', caption: '白色家电', camera: { center: [117.01, 34.21], zoom: 14, bearing: 0, pitch: 0 },
  theme: 'industry', layers: ['districts', 'plots'], highlight: 'north',
};
const EAST: Scene = {
  id: 's2', title: '东区 规范', caption: '', camera: { center: [117.06, 34.19], zoom: 15, bearing: 30, pitch: 55 },
  theme: 'status', layers: ['plots', 'labels', 'basemap'], extrude: true,
};

const START: AppState = {
  ...initialState('zh', ''),
  data: { districts: { version: 1, features: [district('north')] }, parks: { version: 0, features: [] }, plots: { version: 0, features: [] } },
};
const LOADED = reduce(START, { type: 'present-scenes-loaded', scenes: [NORTH, EAST] });

describe('present actions', () => {
  it('loads the sketch\'s scenes with none shown yet', () => {
    expect(LOADED.present.scenes).toEqual([NORTH, EAST]);
    expect(LOADED.present.index).toBe(-1);
  });

  it('shows a scene: its theme, layers, highlight and 3D, and a flight to its camera', () => {
    const shown = reduce(LOADED, { type: 'present-stepped', step: 1 });
    expect(shown.present.index).toBe(0);
    expect(shown.theme).toBe('industry');
    expect(shown.layers).toEqual({ districts: true, parks: false, plots: true, labels: false, basemap: false });
    expect(shown.selection).toEqual({ kind: 'district', id: 'north' });
    expect(shown.present.extrude).toBe(false);
    expect(shown.present.cameraRequest).toEqual({ camera: NORTH.camera, seq: 1, animate: true });
  });

  it('keeps the basemap off when no basemap is set, even if the scene had it', () => {
    const east = reduce(LOADED, { type: 'present-scene-shown', index: 1 });
    expect(east.layers.basemap).toBe(false);
    expect(east.present.extrude).toBe(true);
    expect(east.selection).toBeNull();
  });

  it('asks for a new flight each time a scene is shown, even the same one', () => {
    const once = reduce(LOADED, { type: 'present-scene-shown', index: 0 });
    const twice = reduce(once, { type: 'present-scene-shown', index: 0, animate: false });
    expect(twice.present.cameraRequest).toEqual({ camera: NORTH.camera, seq: 2, animate: false });
  });

  it('does nothing when stepping past the last scene', () => {
    const last = reduce(LOADED, { type: 'present-scene-shown', index: 1 });
    expect(reduce(last, { type: 'present-stepped', step: 1 })).toBe(last);
  });

  it('keeps 3D with the scene shown', () => {
    const shown = reduce(LOADED, { type: 'present-scene-shown', index: 0 });
    const on = reduce(shown, { type: 'present-3d-toggled', on: true });
    expect(on.present.extrude).toBe(true);
    expect(on.present.scenes[0]?.extrude).toBe(true);
    expect(on.present.scenes[1]).toBe(EAST);
  });

  it('adds a new scene after the one shown and shows it in the list', () => {
    const shown = reduce(LOADED, { type: 'present-scene-shown', index: 0 });
    const added = reduce(shown, { type: 'present-scene-added', scene: { ...NORTH, id: 's3', title: '南区' } });
    expect(added.present.scenes.map((s) => s.id)).toEqual(['s1', 's3', 's2']);
    expect(added.present.index).toBe(1);
  });

  it('follows the scene shown when the scenes are reordered', () => {
    const shown = reduce(LOADED, { type: 'present-scene-shown', index: 0 });
    const moved = reduce(shown, { type: 'present-scene-moved', id: 's2', toIndex: 0 });
    expect(moved.present.scenes.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(moved.present.index).toBe(1);
  });

  it('never points past the end after the last scene is deleted', () => {
    const last = reduce(LOADED, { type: 'present-scene-shown', index: 1 });
    const deleted = reduce(last, { type: 'present-scene-deleted', id: 's2' });
    expect(deleted.present.scenes.map((s) => s.id)).toEqual(['s1']);
    expect(deleted.present.index).toBe(0);
  });

  it('leaves the input state untouched', () => {
    const before = JSON.stringify(LOADED);
    reduce(LOADED, { type: 'present-scene-updated', id: 's1', patch: { title: '新标题' } });
    reduce(LOADED, { type: 'present-scene-duplicated', id: 's1', newId: 's9', title: '副本' });
    expect(JSON.stringify(LOADED)).toBe(before);
  });
});
