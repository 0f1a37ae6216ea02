import { describe, expect, it } from 'vitest';
import type { PolygonCoordinates } from '../../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../../src/geo/area.ts';
import { CLIP_FAILED, intersectArealGeometry, intersectPlanar, intersectionAreaM2 } from '../../../src/geo/clip.ts';
import { geodesicAreaM2, relativeError } from './oracles.ts';
import { box, multiPolygon, polygon } from './shapes.ts';

// mfogel/polygon-clipping issue #139: throws "Unable to complete output ring" on 0.15.7, because
// of the nearly equal coordinates 0.7000000000000001 and 0.6999999999999998.
const ISSUE_139_SUBJECT: PolygonCoordinates = [
  [[0, 56], [4, 56], [4, 60], [0, 60], [0, 56]],
  [[0.5, 56.4], [0.5, 56.6], [1.5, 56.6], [1.5, 56.4], [0.5, 56.4]],
];
const ISSUE_139_CLIP: PolygonCoordinates = [
  [[2.3000000000000003, 55.6], [0.7000000000000001, 55.6], [0.6999999999999998, 56.4], [2.3, 56.4], [2.3000000000000003, 55.6]],
];

describe('intersectArealGeometry', () => {
  it('returns the overlap of two squares', () => {
    const result = intersectArealGeometry(box(116.3, 34, 116.302, 34.002), box(116.301, 34.001, 116.303, 34.003));
    expect(result.ok).toBe(true);
    if (!result.ok || result.geometry === null) throw new Error('expected an overlap');
    expect(relativeError(arealAreaM2(result.geometry), geodesicAreaM2(box(116.301, 34.001, 116.302, 34.002)))).toBeLessThan(1e-9);
  });

  it('returns null for disjoint geometries and for geometries touching along an edge', () => {
    expect(intersectArealGeometry(box(0, 0, 1, 1), box(2, 0, 3, 1))).toEqual({ ok: true, geometry: null });
    expect(intersectArealGeometry(box(0, 0, 1, 1), box(1, 0, 2, 1))).toEqual({ ok: true, geometry: null });
  });

  it('returns a MultiPolygon when the overlap has two parts', () => {
    const result = intersectArealGeometry(box(0, 0, 0.003, 0.001), multiPolygon(box(0, 0, 0.001, 0.001), box(0.002, 0, 0.003, 0.001)));
    expect(result.ok && result.geometry?.type).toBe('MultiPolygon');
  });
});

describe('intersectionAreaM2', () => {
  it('subtracts the part of a hole inside the overlap', () => {
    const withHole = polygon(
      [[116.3, 34], [116.304, 34], [116.304, 34.004], [116.3, 34.004], [116.3, 34]],
      [[116.301, 34.001], [116.301, 34.003], [116.303, 34.003], [116.303, 34.001], [116.301, 34.001]],
    );
    const result = intersectionAreaM2(withHole, box(116.302, 33.999, 116.305, 34.005));
    // right half of the outer (2 × 4 units) minus right half of the hole (1 × 2 units)
    const expected = geodesicAreaM2(box(116.302, 34, 116.304, 34.004)) - geodesicAreaM2(box(116.302, 34.001, 116.303, 34.003));
    expect(result.ok).toBe(true);
    if (result.ok) expect(relativeError(result.areaM2, expected)).toBeLessThan(1e-7);
  });

  it('gives 0 for geometries that only touch', () => {
    expect(intersectionAreaM2(box(0, 0, 0.001, 0.001), box(0.001, 0.001, 0.002, 0.002))).toEqual({ ok: true, areaM2: 0 });
  });
});

describe('clipper failures', () => {
  it('recovers from a clipper exception by retrying on snapped coordinates', () => {
    const result = intersectPlanar([ISSUE_139_SUBJECT], [ISSUE_139_CLIP]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const geometry = { type: 'MultiPolygon' as const, coordinates: result.polygons };
    expect(relativeError(arealAreaM2(geometry), arealAreaM2(box(0.7, 56, 2.3, 56.4)))).toBeLessThan(1e-6);
  });

  it('returns a typed failure, never an exception, when every attempt fails', () => {
    const result = intersectPlanar([ISSUE_139_SUBJECT], [ISSUE_139_CLIP], 0);
    expect(result).toMatchObject({ ok: false, reason: CLIP_FAILED });
    if (!result.ok) expect(result.detail).toMatch(/output ring/);
  });

  it('does not throw on repeated vertices, a zero-width spike or non-finite coordinates', () => {
    const spiky = polygon([[0, 0], [0, 0], [2, 0], [2, 1], [3, 1], [2, 1], [2, 2], [0, 2], [0, 0]]);
    const nonFinite = polygon([[0, 0], [2, 0], [Number.NaN, 1], [2, 2], [0, 2], [0, 0]]);
    expect(() => intersectArealGeometry(spiky, box(1, -1, 4, 3))).not.toThrow();
    expect(() => intersectArealGeometry(nonFinite, box(1, -1, 4, 3))).not.toThrow();
  });
});
