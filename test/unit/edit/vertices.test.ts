import { describe, expect, it } from 'vitest';
import type { Areal } from '../../../src/domain/geometry.ts';
import { deleteVertex, edgeMidpoint, insertVertex, moveVertex } from '../../../src/geo/edit/vertices.ts';

const holed: Areal = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]] };
const multi: Areal = { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]]] };

function geometryOf(result: ReturnType<typeof moveVertex>): Areal {
  if (!result.ok) throw new Error(result.reason);
  return result.geometry;
}

describe('vertex editing', () => {
  it('moves the first vertex of a ring together with its closing repeat', () => {
    const g = geometryOf(moveVertex(holed, [0, 0, 0], [-1, -1]));
    expect(g.coordinates[0]).toEqual([[-1, -1], [4, 0], [4, 4], [0, 4], [-1, -1]]);
    expect(g.coordinates[1]).toBe(holed.coordinates[1]);
  });

  it('moves a vertex of a hole', () => {
    const g = geometryOf(moveVertex(holed, [0, 1, 2], [3, 3]));
    expect(g.coordinates[1]).toEqual([[1, 1], [1, 2], [3, 3], [2, 1], [1, 1]]);
  });

  it('inserts a vertex at the midpoint of an edge of the second part of a MultiPolygon', () => {
    const at = edgeMidpoint(multi, [1, 0, 1]);
    expect(at).toEqual([6, 5.5]);
    const g = geometryOf(insertVertex(multi, [1, 0, 1], at ?? [0, 0]));
    expect(g.type === 'MultiPolygon' && g.coordinates[1]?.[0]).toEqual([[5, 5], [6, 5], [6, 5.5], [6, 6], [5, 6], [5, 5]]);
  });

  it('deletes a vertex and closes the ring again', () => {
    const g = geometryOf(deleteVertex(multi, [1, 0, 0]));
    expect(g.type === 'MultiPolygon' && g.coordinates[1]?.[0]).toEqual([[6, 5], [6, 6], [5, 6], [6, 5]]);
  });

  it('refuses to leave a ring with fewer than 3 corners', () => {
    expect(deleteVertex(multi, [0, 0, 1])).toMatchObject({ ok: false, reason: 'ring-too-small' });
    expect(moveVertex(multi, [0, 0, 1], [0, 0])).toMatchObject({ ok: false, reason: 'ring-too-small' });
  });

  it('refuses a path to no vertex', () => {
    expect(moveVertex(holed, [1, 0, 0], [0, 0])).toMatchObject({ ok: false, reason: 'vertex-not-found' });
    expect(deleteVertex(holed, [0, 2, 0])).toMatchObject({ ok: false, reason: 'vertex-not-found' });
    expect(insertVertex(holed, [0, 0, 4], [0, 0])).toMatchObject({ ok: false, reason: 'vertex-not-found' });
  });
});
