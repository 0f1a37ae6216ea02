import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/domain/sketch.ts';
import {
  addScene, deleteScene, duplicateScene, moveScene, sceneFromView, steppedSceneIndex, updateScene, updateSceneFromView,
} from '../../../src/domain/scenes.ts';

function scene(id: string, zoom = 12): Scene {
  return Object.freeze({ id, title: `场景 ${id}`, caption: '', camera: { center: [117, 34.2] as const, zoom, bearing: 0, pitch: 0 }, theme: 'landUse', layers: ['plots'] });
}

const LIST: readonly Scene[] = Object.freeze([scene('a'), scene('b'), scene('c')]);
const ids = (scenes: readonly Scene[]): string[] => scenes.map((s) => s.id);

describe('scene operations', () => {
  it('makes a scene from the current view that keeps camera, theme, layers and 3D', () => {
    const made = sceneFromView('n', '北区', { camera: { center: [117.01, 34.19], zoom: 14.5, bearing: 30, pitch: 50 }, theme: 'status', layers: ['plots', 'labels'], extrude: true });
    expect(made).toEqual({ id: 'n', title: '北区', caption: '', camera: { center: [117.01, 34.19], zoom: 14.5, bearing: 30, pitch: 50 }, theme: 'status', layers: ['plots', 'labels'], extrude: true });
  });

  it('adds a scene after the given position, or at the end', () => {
    expect(ids(addScene(LIST, scene('n'), 0))).toEqual(['a', 'n', 'b', 'c']);
    expect(ids(addScene(LIST, scene('n')))).toEqual(['a', 'b', 'c', 'n']);
    expect(ids(addScene([], scene('n')))).toEqual(['n']);
  });

  it('updates the words of one scene and leaves the others and the input untouched', () => {
    const updated = updateScene(LIST, 'b', { title: '西区 做强', caption: '现代服务业' });
    expect(updated[1]).toMatchObject({ id: 'b', title: '西区 做强', caption: '现代服务业' });
    expect(updated[0]).toBe(LIST[0]);
    expect(LIST[1]?.title).toBe('场景 b');
  });

  it('updates a scene from the view without touching its title', () => {
    const updated = updateSceneFromView(LIST, 'a', { camera: { center: [117.05, 34.25], zoom: 15, bearing: -20, pitch: 45 }, theme: 'industry', layers: ['districts'], extrude: true });
    expect(updated[0]).toEqual({ ...LIST[0], camera: { center: [117.05, 34.25], zoom: 15, bearing: -20, pitch: 45 }, theme: 'industry', layers: ['districts'], extrude: true });
  });

  it('keeps the list (same object) when the scene to change does not exist', () => {
    expect(updateScene(LIST, 'x', { title: 't' })).toBe(LIST);
    expect(moveScene(LIST, 'x', 0)).toBe(LIST);
    expect(deleteScene(LIST, 'x')).toBe(LIST);
    expect(duplicateScene(LIST, 'x', 'y', 't')).toBe(LIST);
  });

  it('reorders: moves a scene to a position, clamped to the ends', () => {
    expect(ids(moveScene(LIST, 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveScene(LIST, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveScene(LIST, 'a', 99))).toEqual(['b', 'c', 'a']);
    expect(ids(moveScene(LIST, 'b', -5))).toEqual(['b', 'a', 'c']);
  });

  it('duplicates a scene right after itself with a new id and title and its own camera', () => {
    const copied = duplicateScene(LIST, 'a', 'a2', '场景 a（副本）');
    expect(ids(copied)).toEqual(['a', 'a2', 'b', 'c']);
    expect(copied[1]).toEqual({ ...LIST[0], id: 'a2', title: '场景 a（副本）' });
    expect(copied[1]?.camera).not.toBe(LIST[0]?.camera);
  });

  it('deletes a scene', () => {
    expect(ids(deleteScene(LIST, 'b'))).toEqual(['a', 'c']);
  });

  it('steps forward and back and stops at both ends without wrapping', () => {
    expect(steppedSceneIndex(3, -1, 1)).toBe(0);
    expect(steppedSceneIndex(3, 0, 1)).toBe(1);
    expect(steppedSceneIndex(3, 2, 1)).toBe(2);
    expect(steppedSceneIndex(3, 1, -1)).toBe(0);
    expect(steppedSceneIndex(3, 0, -1)).toBe(0);
    expect(steppedSceneIndex(3, -1, -1)).toBe(0);
    expect(steppedSceneIndex(0, -1, 1)).toBe(-1);
    expect(steppedSceneIndex(2, 5, -1)).toBe(0);
  });
});
