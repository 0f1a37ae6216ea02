import { describe, expect, it } from 'vitest';
import { applyChangeSet, invertChangeSet } from '../../../src/domain/changeSet.ts';
import { deletePlots } from '../../../src/domain/edit/delete.ts';
import { movePlots } from '../../../src/domain/edit/move.ts';
import type { MultiPolygonGeometry } from '../../../src/domain/geometry.ts';
import { plotOf, polygonM, rectM } from './fixtures.ts';

const holed = plotOf('H-1', polygonM([[0, 0], [100, 0], [100, 100], [0, 100]], [[30, 30], [30, 70], [70, 70], [70, 30]]));
const multi = plotOf('M-1', { type: 'MultiPolygon', coordinates: [rectM(0, 0, 10, 10).coordinates, rectM(20, 0, 30, 10).coordinates] });

describe('movePlots', () => {
  it('shifts every vertex of holes and parts by the offset and keeps everything else', () => {
    const change = movePlots([holed, multi], [0.001, -0.002]);
    const moved = change.changed[1]?.after.geometry as MultiPolygonGeometry;
    const original = multi.geometry as MultiPolygonGeometry;
    moved.coordinates.flat(2).forEach((p, i) => {
      const q = original.coordinates.flat(2)[i] as number[];
      expect(p).toEqual([(q[0] as number) + 0.001, (q[1] as number) - 0.002]);
    });
    expect(change.changed[0]?.after.geometry.coordinates).toHaveLength(2);
    expect(change.changed[0]?.after.properties).toBe(holed.properties);
    expect(holed.geometry).toEqual(polygonM([[0, 0], [100, 0], [100, 100], [0, 100]], [[30, 30], [30, 70], [70, 70], [70, 30]]));
  });

  it('keeps a third coordinate', () => {
    const withZ = plotOf('Z-1', { type: 'Polygon', coordinates: [[[0, 0, 5], [1, 0, 5], [1, 1, 5], [0, 0, 5]]] });
    expect(movePlots([withZ], [1, 1]).changed[0]?.after.geometry.coordinates[0]?.[0]).toEqual([1, 1, 5]);
  });

  it('is undone to the original numbers exactly', () => {
    const plots = new Map([[holed.id, holed]]);
    const change = movePlots([holed], [0.1, 0.1]);
    expect(applyChangeSet(applyChangeSet(plots, change), invertChangeSet(change))).toEqual(plots);
  });
});

describe('deletePlots', () => {
  it('removes each plot once and its inverse brings it back as it was', () => {
    const change = deletePlots([holed, multi, holed]);
    expect(change.removed.map((p) => p.id)).toEqual(['H-1', 'M-1']);
    const plots = new Map([[holed.id, holed], [multi.id, multi]]);
    expect(applyChangeSet(applyChangeSet(plots, change), invertChangeSet(change))).toEqual(plots);
  });
});
