import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { Areal } from '../../../src/domain/geometry.ts';
import { arealsOverlap } from '../../../src/geo/validate/arealOverlap.ts';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { readGeoJsonText } from '../../../src/io/readGeoJson.ts';
import { box, codes, collection, polygonFeature, readOwnFixture } from './helpers.ts';

/** GeographicLib area of a lon/lat box (its edges are short, so geodesic ≈ straight in lon/lat). */
function boxAreaM2(west: number, south: number, east: number, north: number): number {
  const polygon = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of box(west, south, east, north).slice(0, 4)) polygon.AddPoint(lat as number, lon as number);
  return Math.abs(polygon.Compute(false, true).area ?? NaN);
}

function square(west: number, south: number, size: number): Areal {
  return { type: 'Polygon', coordinates: [box(west, south, west + size, south + size)] };
}

describe('overlapping plots', () => {
  it('finds no overlap among tiled neighbours that share edges and corners', () => {
    const { report } = readGeoJsonText(readOwnFixture('plots-tiled-neighbours.geojson'), { kind: 'plots' });
    expect(report.warnings).toEqual([]);
  });

  it('warns about two overlapping plots with the overlap area in m²', () => {
    const { report } = readGeoJsonText(readOwnFixture('plots-overlapping.geojson'), { kind: 'plots' });
    expect(codes(report.warnings)).toEqual(['overlap']);
    const warning = report.warnings[0];
    expect(warning).toMatchObject({ featureIndex: 1, featureId: 'O-2', details: { otherFeatureIndex: 0, otherFeatureId: 'O-1' } });
    const expectedM2 = boxAreaM2(117.205, 31.805, 117.21, 31.81);
    expect(Math.abs((warning?.details?.areaM2 as number) / expectedM2 - 1)).toBeLessThan(1e-4);
    expect(warning?.messageZh).toContain('亩');
  });

  it('warns about the same plot imported twice', () => {
    const ring = [box(117.2, 31.8, 117.21, 31.81)];
    const { report } = validateGeoJson(collection(polygonFeature('A', ring), polygonFeature('B', ring)), { kind: 'plots' });
    expect(codes(report.warnings)).toEqual(['overlap']);
    expect(Math.abs((report.warnings[0]?.details?.areaM2 as number) / boxAreaM2(117.2, 31.8, 117.21, 31.81) - 1)).toBeLessThan(1e-4);
  });

  it('sees a plot lying inside another with all its vertices on the other’s boundary', () => {
    const big = square(0, 0, 2);
    const diamond: Areal = { type: 'Polygon', coordinates: [[[1, 0], [2, 1], [1, 2], [0, 1], [1, 0]]] };
    expect(arealsOverlap(big, diamond)).toBe(true);
  });

  it('sees a small plot wholly inside a large one', () => {
    expect(arealsOverlap(square(0, 0, 10), square(4, 4, 1))).toBe(true);
  });

  it('does not count plots touching at one corner or along part of an edge', () => {
    expect(arealsOverlap(square(0, 0, 1), square(1, 1, 1))).toBe(false);
    expect(arealsOverlap(square(0, 0, 1), square(1, 0.5, 1))).toBe(false);
  });

  it('does not count a plot sitting in another plot’s hole', () => {
    const ringWithHole: Areal = { type: 'Polygon', coordinates: [box(0, 0, 10, 10), box(4, 4, 6, 6).reverse()] };
    expect(arealsOverlap(ringWithHole, square(4, 4, 2))).toBe(false);
    expect(arealsOverlap(ringWithHole, square(5, 5, 2))).toBe(true);
  });
});

describe('plots outside every district', () => {
  const districts: Areal[] = [square(117.2, 31.8, 0.1), square(117.3, 31.8, 0.1)];

  it('warns about a plot lying outside every district, and only about that one', () => {
    const inside = polygonFeature('IN', [box(117.22, 31.82, 117.23, 31.83)]);
    const straddling = polygonFeature('ST', [box(117.29, 31.82, 117.31, 31.83)]);
    const outside = polygonFeature('OUT', [box(117.5, 31.82, 117.51, 31.83)]);
    const { report } = validateGeoJson(collection(inside, straddling, outside), { kind: 'plots', districts });
    expect(report.warnings).toMatchObject([{ code: 'outside-districts', featureId: 'OUT' }]);
  });

  it('counts a plot that only shares an edge with a district as outside', () => {
    const neighbour = polygonFeature('N', [box(117.4, 31.82, 117.41, 31.83)]);
    const { report } = validateGeoJson(neighbour, { kind: 'plots', districts });
    expect(codes(report.warnings)).toEqual(['outside-districts']);
  });

  it('reads district outlines drawn clockwise just as well', () => {
    const clockwise: Areal[] = districts.map((d) => ({ type: 'Polygon', coordinates: [(d.coordinates[0] as number[][]).slice().reverse()] }) as Areal);
    const inside = polygonFeature('IN', [box(117.22, 31.82, 117.23, 31.83)]);
    const neighbour = polygonFeature('N', [box(117.4, 31.82, 117.41, 31.83)]);
    const { report } = validateGeoJson(collection(inside, neighbour), { kind: 'plots', districts: clockwise });
    expect(report.warnings).toMatchObject([{ code: 'outside-districts', featureId: 'N' }]);
  });

  it('does not check district files against districts', () => {
    const far = polygonFeature('north', [box(118, 31.8, 118.1, 31.9)]);
    expect(validateGeoJson(far, { kind: 'districts', districts }).report.warnings).toEqual([]);
  });
});
