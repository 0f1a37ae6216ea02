import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Areal, PolygonGeometry, Ring } from '../../../src/domain/geometry.ts';
import { m2ToHectare, m2ToKm2, m2ToMu } from '../../../src/domain/units.ts';
import { arealAreaM2, polygonAreaM2, ringAreaM2, signedRingAreaM2 } from '../../../src/geo/area.ts';
import { geodesicAreaM2, geodesicRingAreaM2, parallelBoxAreaM2, relativeError } from './oracles.ts';
import { SHAPES, box, multiPolygon, polygon, ringFromOffsets, squareM } from './shapes.ts';

const LATITUDES = [18, 26, 34, 42, 50, 54];
const SIZES_M = [50, 500, 5000];

describe('arealAreaM2 against GeographicLib', () => {
  for (const [name, shape] of Object.entries(SHAPES)) {
    for (const lat of LATITUDES) {
      it(`agrees to 1e-6 for a ${name} of 50 m – 5 km at ${lat}° N`, () => {
        for (const sizeM of SIZES_M) {
          const geometry = shape(116.3, lat, sizeM);
          expect(relativeError(arealAreaM2(geometry), geodesicAreaM2(geometry))).toBeLessThan(1e-6);
        }
      });
    }
  }

  it('agrees to 1e-6 on the real OSM boundary of Palling, Bavaria (1 139 vertices)', () => {
    const url = new URL('../../../../shared/fixtures/geojson-public/real/osm-palling-bavaria.geojson', import.meta.url);
    const feature = JSON.parse(readFileSync(url, 'utf8')) as { geometry: Areal };
    expect(relativeError(arealAreaM2(feature.geometry), geodesicAreaM2(feature.geometry))).toBeLessThan(1e-6);
  });
});

describe('arealAreaM2 against hand-computed values', () => {
  it('measures a 0.009° box on the equator as a·Δλ × a(1−e²)·Δφ = 1 001.875 m × 995.168 m', () => {
    const geometry = box(0, 0, 0.009, 0.009);
    const eastWestM = 6_378_137 * ((0.009 * Math.PI) / 180); // 1 001.8754 m
    const e2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
    const northSouthM = 6_378_137 * (1 - e2) * ((0.009 * Math.PI) / 180); // 995.1685 m, meridian radius at 0°
    expect(arealAreaM2(geometry)).toBeCloseTo(eastWestM * northSouthM, 1); // 997 034.84 m²
  });

  it('measures a meridian-and-parallel box at 34° N like the closed form (b²/2)·Δλ·ΔY', () => {
    // 1 km boxes: geodesic edges bulge ~0.01 m from the parallels, top and bottom nearly cancel
    const geometry = box(116.3, 34, 116.31, 34.01);
    expect(relativeError(arealAreaM2(geometry), parallelBoxAreaM2(116.3, 34, 116.31, 34.01))).toBeLessThan(1e-7);
  });

  it('gives 100 亩 as 10000/15·100 m², 1 公顷 as 15 亩 and 1 km² as 1 500 亩', () => {
    const areaM2 = arealAreaM2(box(113, 23, 113.0065, 23.006));
    expect(m2ToMu(areaM2)).toBeCloseTo(areaM2 / (10_000 / 15), 9);
    expect(m2ToMu(10_000)).toBeCloseTo(15, 12);
    expect(m2ToHectare(areaM2) * 15).toBeCloseTo(m2ToMu(areaM2), 9);
    expect(m2ToMu(1_000_000)).toBeCloseTo(1_500, 9);
    expect(m2ToKm2(areaM2)).toBeCloseTo(areaM2 / 1e6, 12);
  });

  it('reads a 100-亩 plot in Guangdong as 100 亩, not the 100.29 of the spherical formula', () => {
    const sideM = Math.sqrt(100 * (10_000 / 15));
    const geometry = squareM(113.3, 20, sideM);
    expect(m2ToMu(arealAreaM2(geometry))).toBeCloseTo(m2ToMu(geodesicAreaM2(geometry)), 4);
  });
});

describe('rings, holes and parts', () => {
  const outer = ringFromOffsets(116.3, 34, [[0, 0], [400, 0], [400, 300], [0, 300]]);
  const hole = ringFromOffsets(116.3, 34, [[100, 100], [100, 200], [200, 200], [200, 100]]);

  it('subtracts holes from the outer ring', () => {
    const expected = geodesicRingAreaM2(outer) - geodesicRingAreaM2(hole);
    expect(relativeError(polygonAreaM2([outer, hole]), expected)).toBeLessThan(1e-8);
  });

  it('adds the parts of a MultiPolygon', () => {
    const a = squareM(116.3, 34, 200);
    const b = squareM(116.31, 34.01, 300);
    const expected = geodesicAreaM2(a) + geodesicAreaM2(b);
    expect(relativeError(arealAreaM2(multiPolygon(a, b)), expected)).toBeLessThan(1e-8);
  });

  it('does not depend on winding', () => {
    const reversed: Ring = [...outer].reverse();
    expect(ringAreaM2(reversed)).toBeCloseTo(ringAreaM2(outer), 6);
    expect(signedRingAreaM2(outer)).toBeGreaterThan(0);
    expect(signedRingAreaM2(reversed)).toBeLessThan(0);
  });

  it('measures an open ring like the same ring closed', () => {
    expect(ringAreaM2(outer.slice(0, -1))).toBeCloseTo(ringAreaM2(outer), 6);
  });

  it('gives 0 for degenerate rings and an empty polygon', () => {
    expect(ringAreaM2([[116, 34], [116.1, 34], [116, 34]])).toBe(0);
    expect(ringAreaM2([])).toBe(0);
    expect(arealAreaM2({ type: 'Polygon', coordinates: [] })).toBe(0);
  });

  it('handles a ring across the antimeridian', () => {
    const across: PolygonGeometry = polygon([[179.999, 10], [-179.999, 10], [-179.999, 10.002], [179.999, 10.002], [179.999, 10]]);
    expect(relativeError(arealAreaM2(across), geodesicAreaM2(across))).toBeLessThan(1e-6);
  });
});
