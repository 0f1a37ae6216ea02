import { describe, expect, it } from 'vitest';
import {
  boxOf, boxesOverlap, differenceAreaM2, districtsOfPlot, intersectionAreaM2, overlappingBoxPairs, polygonsOf,
  readCollection, signedRingAreaM2, unionOf,
} from './zoneOracles.ts';

const plots = readCollection('plots.geojson');
const districts = readCollection('districts.geojson');
const parks = readCollection('parks.geojson');

describe('the sample plot geometry', () => {
  it('rounds every coordinate to 7 decimals and closes every ring', () => {
    for (const plot of plots) {
      for (const ring of polygonsOf(plot.geometry).flat()) {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const value of ring.flat()) expect(Math.abs(value * 1e7 - Math.round(value * 1e7))).toBeLessThan(1e-6);
      }
    }
  });

  it('runs outer rings counter-clockwise and holes clockwise', () => {
    for (const plot of plots) {
      for (const polygon of polygonsOf(plot.geometry)) {
        polygon.forEach((ring, index) => expect(Math.sign(signedRingAreaM2(ring))).toBe(index === 0 ? 1 : -1));
      }
    }
  });

  it('has about ten vertices per plot on average', () => {
    const vertices = plots.reduce((sum, p) => sum + polygonsOf(p.geometry).flat().reduce((s, ring) => s + ring.length - 1, 0), 0);
    expect(vertices / plots.length).toBeGreaterThan(7);
    expect(vertices / plots.length).toBeLessThan(15);
  });

  it('has no two plots overlapping (intersection under 0.01 m²)', () => {
    const pairs = overlappingBoxPairs(plots);
    expect(pairs.length).toBeGreaterThan(plots.length);
    const overlaps = pairs.filter(([i, j]) => {
      const a = plots[i];
      const b = plots[j];
      return a !== undefined && b !== undefined && intersectionAreaM2(a.geometry, b.geometry) >= 0.01;
    });
    expect(overlaps).toEqual([]);
  });

  it('keeps every plot inside the union of the districts', () => {
    const zone = unionOf(districts);
    const outside = plots.filter((p) => differenceAreaM2(p.geometry, zone) >= 0.01).map((p) => p.properties['id']);
    expect(outside).toEqual([]);
  });

  it('has at least four plots straddling a district boundary', () => {
    const straddling = plots.filter((p) => districtsOfPlot(p, districts, 1).length >= 2);
    expect(straddling.length).toBeGreaterThanOrEqual(4);
  });

  it('has at least two plots with holes and two plots in two parts', () => {
    const holed = plots.filter((p) => polygonsOf(p.geometry).some((polygon) => polygon.length > 1));
    const multi = plots.filter((p) => p.geometry.type === 'MultiPolygon' && p.geometry.coordinates.length === 2);
    expect(holed.length).toBeGreaterThanOrEqual(2);
    expect(multi.length).toBeGreaterThanOrEqual(2);
  });

  it('places every standard factory inside the standard-factory park', () => {
    const park = parks.find((p) => p.properties['name'] === '标准厂房园');
    if (!park) throw new Error('no standard-factory park');
    for (const plot of plots.filter((p) => p.properties['standardFactory'] === true)) {
      expect(boxesOverlap(boxOf(plot.geometry), boxOf(park.geometry))).toBe(true);
      expect(differenceAreaM2(plot.geometry, unionOf([park]))).toBeLessThan(0.01);
    }
  });

  it('draws no road plots (roads are the space between blocks)', () => {
    expect(plots.filter((p) => String(p.properties['landUse']).startsWith('12'))).toEqual([]);
  });
});
