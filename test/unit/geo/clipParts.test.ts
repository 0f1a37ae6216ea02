import { describe, expect, it } from 'vitest';
import type { PolygonCoordinates, Ring } from '../../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../../src/geo/area.ts';
import { clipPolygonsToConvexRing, isConvexRing } from '../../../src/geo/convexClip.ts';
import { lonLatPolygonsAreaM2 } from '../../../src/geo/lonLatArea.ts';
import { clipPolygonsToWindow, clipRingToWindow } from '../../../src/geo/windowClip.ts';
import { parallelBoxAreaM2, relativeError } from './oracles.ts';
import { box } from './shapes.ts';

function shoelace(polygons: PolygonCoordinates[]): number {
  let area = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, r) => {
      let twice = 0;
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1] as number[];
        const b = ring[i] as number[];
        twice += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
      }
      area += (r === 0 ? 1 : -1) * Math.abs(twice / 2);
    });
  }
  return area;
}

const square: Ring = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];

describe('isConvexRing', () => {
  it('accepts a square and a triangle in either winding', () => {
    expect(isConvexRing(square)).toBe(true);
    expect(isConvexRing([...square].reverse())).toBe(true);
    expect(isConvexRing([[0, 0], [1, 0], [0, 1], [0, 0]])).toBe(true);
  });

  it('rejects an L, a five-pointed star and a ring with a zero-width spur', () => {
    expect(isConvexRing([[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]])).toBe(false);
    const star = [0, 2, 4, 1, 3, 0].map((k) => [Math.cos((k * 2 * Math.PI) / 5), Math.sin((k * 2 * Math.PI) / 5)]);
    expect(isConvexRing(star)).toBe(false);
    expect(isConvexRing([[0, 0], [4, 0], [4, 4], [2, 4], [2, 6], [2, 4], [0, 4], [0, 0]])).toBe(false);
  });
});

describe('clipPolygonsToConvexRing', () => {
  it('cuts a square with a hole to a half-plane-like convex ring: 4·2 − 1·2 units', () => {
    const withHole: PolygonCoordinates = [square, [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]];
    const right: Ring = [[2, -1], [5, -1], [5, 5], [2, 5], [2, -1]];
    expect(shoelace(clipPolygonsToConvexRing([withHole], right))).toBeCloseTo(6, 12);
  });

  it('drops a polygon outside the convex ring', () => {
    expect(clipPolygonsToConvexRing([[square]], [[5, 5], [6, 5], [6, 6], [5, 5]])).toEqual([]);
  });
});

describe('clipRingToWindow', () => {
  it('cuts a ring to the window and closes it', () => {
    const cut = clipRingToWindow(square, [1, 1, 3, 5]);
    expect(shoelace([[cut]])).toBeCloseTo(6, 12);
    expect(cut[0]).toEqual(cut[cut.length - 1]);
  });

  it('returns the window itself for a ring around the window', () => {
    expect(shoelace([[clipRingToWindow(square, [1, 1, 2, 2])]])).toBeCloseTo(1, 12);
  });

  it('drops rings outside the window and keeps rings inside it untouched', () => {
    const boxes = [[[0, 0, 4, 4], [1, 1, 3, 3]]] as [number, number, number, number][][];
    const hole: Ring = [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]];
    expect(clipPolygonsToWindow([[square, hole]], boxes, [5, 5, 6, 6])).toEqual([]);
    const kept = clipPolygonsToWindow([[square, hole]], boxes, [-1, -1, 5, 5]);
    expect(kept).toEqual([[square, hole]]);
  });
});

describe('lonLatPolygonsAreaM2', () => {
  it('measures a meridian-and-parallel box exactly, as the closed form', () => {
    const geometry = box(116.3, 34, 116.35, 34.05);
    expect(relativeError(lonLatPolygonsAreaM2([geometry.coordinates]), parallelBoxAreaM2(116.3, 34, 116.35, 34.05))).toBeLessThan(1e-12);
  });

  it('adds up the pieces of a plot cut along a slanted lon/lat line to the whole', () => {
    const plot = box(116.3, 34, 116.31, 34.01).coordinates;
    const west: Ring = [[116.3, 34], [116.304, 34], [116.307, 34.01], [116.3, 34.01], [116.3, 34]];
    const east: Ring = [[116.304, 34], [116.31, 34], [116.31, 34.01], [116.307, 34.01], [116.304, 34]];
    const sum = lonLatPolygonsAreaM2([[west]]) + lonLatPolygonsAreaM2([[east]]);
    expect(relativeError(sum, lonLatPolygonsAreaM2([plot]))).toBeLessThan(1e-13);
  });

  it('stays within 1e-6 of the geodesic area for a 1 km plot', () => {
    const geometry = box(116.3, 34, 116.31, 34.01);
    expect(relativeError(lonLatPolygonsAreaM2([geometry.coordinates]), arealAreaM2(geometry))).toBeLessThan(1e-6);
  });
});
