import { describe, expect, it } from 'vitest';
import { arealBBox, bboxContains, bboxesIntersect, bboxIsEmpty, emptyBBox } from '../../../src/geo/bbox.ts';
import { arealCentroid } from '../../../src/geo/centroid.ts';
import { createSpatialIndex } from '../../../src/geo/spatialIndex.ts';
import { box, multiPolygon, polygon } from './shapes.ts';

describe('bbox', () => {
  it('covers every part of a MultiPolygon', () => {
    expect(arealBBox(multiPolygon(box(116, 34, 116.1, 34.1), box(116.5, 33.9, 116.6, 34)))).toEqual([116, 33.9, 116.6, 34.1]);
  });

  it('counts touching boxes as intersecting and separated ones as not', () => {
    expect(bboxesIntersect([0, 0, 1, 1], [1, 0, 2, 1])).toBe(true);
    expect(bboxesIntersect([0, 0, 1, 1], [1.1, 0, 2, 1])).toBe(false);
  });

  it('tells containment, edges included', () => {
    expect(bboxContains([0, 0, 2, 2], [0, 0, 1, 2])).toBe(true);
    expect(bboxContains([0, 0, 2, 2], [1, 1, 3, 2])).toBe(false);
  });

  it('knows an empty box', () => {
    expect(bboxIsEmpty(emptyBBox())).toBe(true);
    expect(bboxIsEmpty(arealBBox(box(0, 0, 1, 1)))).toBe(false);
  });
});

describe('arealCentroid', () => {
  it('puts the centroid of a small square at its centre', () => {
    const [lon, lat] = arealCentroid(box(116.3, 34, 116.302, 34.002));
    expect(lon).toBeCloseTo(116.301, 7);
    expect(lat).toBeCloseTo(34.001, 7);
  });

  it('weights an L-shape by area: (5/6, 5/6) of the half-side from the corner, hand-computed', () => {
    // unit L of three unit squares at (0..2)×(0..1) and (0..1)×(1..2): centroid (5/6, 5/6)
    const d = 0.001;
    const l = polygon([[0, 0], [2 * d, 0], [2 * d, d], [d, d], [d, 2 * d], [0, 2 * d], [0, 0]]);
    const [lon, lat] = arealCentroid(l);
    expect(lon / d).toBeCloseTo(5 / 6, 5);
    expect(lat / d).toBeCloseTo(5 / 6, 5);
  });

  it('moves the centroid away from a hole', () => {
    const d = 0.001;
    const withHole = polygon(
      [[0, 0], [4 * d, 0], [4 * d, 4 * d], [0, 4 * d], [0, 0]],
      [[2 * d, d], [2 * d, 3 * d], [3 * d, 3 * d], [3 * d, d], [2 * d, d]],
    );
    // 16 − 2 units: x̄ = (16·2 − 2·2.5)/14 = 27/14
    expect(arealCentroid(withHole)[0] / d).toBeCloseTo(27 / 14, 5);
  });

  it('weights MultiPolygon parts by area', () => {
    const d = 0.001;
    const [lon] = arealCentroid(multiPolygon(box(0, 0, d, d), box(3 * d, 0, 5 * d, 2 * d)));
    // areas 1 and 4 at x̄ 0.5 and 4: (0.5 + 16)/5 = 3.3
    expect(lon / d).toBeCloseTo(3.3, 5);
  });
});

describe('createSpatialIndex', () => {
  it('finds the boxes meeting a query box, by their order', () => {
    const index = createSpatialIndex([[0, 0, 1, 1], [2, 2, 3, 3], [0.5, 0.5, 2.5, 2.5]]);
    expect(index.search([0.9, 0.9, 1.1, 1.1]).sort()).toEqual([0, 2]);
    expect(index.any([5, 5, 6, 6])).toBe(false);
  });

  it('allows an empty index that finds nothing', () => {
    const index = createSpatialIndex([]);
    expect(index.size).toBe(0);
    expect(index.search([0, 0, 1, 1])).toEqual([]);
  });
});
