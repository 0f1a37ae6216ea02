import { describe, expect, it } from 'vitest';
import { pointInAreal, pointInRing, pointOnBoundary } from '../../../src/geo/pointInPolygon.ts';
import { box, multiPolygon, polygon } from './shapes.ts';

const withHole = polygon(
  [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
  [[4, 4], [4, 6], [6, 6], [6, 4], [4, 4]],
);

describe('pointInAreal', () => {
  it('finds a point inside a polygon and not one outside', () => {
    expect(pointInAreal([5, 2], withHole)).toBe(true);
    expect(pointInAreal([11, 2], withHole)).toBe(false);
  });

  it('excludes a point inside a hole', () => {
    expect(pointInAreal([5, 5], withHole)).toBe(false);
  });

  it('finds a point in any part of a MultiPolygon', () => {
    const parts = multiPolygon(box(0, 0, 1, 1), box(5, 5, 6, 6));
    expect(pointInAreal([5.5, 5.5], parts)).toBe(true);
    expect(pointInAreal([3, 3], parts)).toBe(false);
  });

  it('handles a concave ring and either winding', () => {
    const u: number[][] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    expect(pointInRing([1.5, 2], u)).toBe(false);
    expect(pointInRing([0.5, 2], u)).toBe(true);
    expect(pointInRing([0.5, 2], [...u].reverse())).toBe(true);
  });

  it('accepts an open ring', () => {
    expect(pointInRing([0.5, 0.5], [[0, 0], [1, 0], [1, 1], [0, 1]])).toBe(true);
  });
});

describe('pointOnBoundary', () => {
  it('finds a point on an edge, on a vertex and on a hole edge', () => {
    expect(pointOnBoundary([5, 0], withHole)).toBe(true);
    expect(pointOnBoundary([10, 10], withHole)).toBe(true);
    expect(pointOnBoundary([4, 5], withHole)).toBe(true);
  });

  it('does not find an inside point, nor one beyond the end of an edge', () => {
    expect(pointOnBoundary([5, 2], withHole)).toBe(false);
    expect(pointOnBoundary([11, 0], withHole)).toBe(false);
  });

  it('finds a point on a slanted lon/lat edge within the default 1e-9° tolerance', () => {
    const slanted = polygon([[116.1, 34.1], [116.3, 34.2], [116.1, 34.3], [116.1, 34.1]]);
    expect(pointOnBoundary([116.2, 34.15], slanted)).toBe(true);
    expect(pointOnBoundary([116.2, 34.15 + 1e-7], slanted)).toBe(false);
  });
});
