import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { readGeoJsonText } from '../../../src/io/readGeoJson.ts';
import { box, codes, polygonFeature, readOwnFixture } from './helpers.ts';

/** The lon/lat corners the Gauss–Krüger fixtures were computed from (see test/fixtures/validate/README.md). */
const PLOT_A = box(117.2, 31.8, 117.21, 31.81);
const PLOT_B = box(117.21, 31.8, 117.22, 31.81);

function expectRing(actual: number[][] | undefined, expected: number[][]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach(([lon, lat], i) => {
    expect(Math.abs((actual?.[i]?.[0] ?? NaN) - (lon as number))).toBeLessThan(1e-9);
    expect(Math.abs((actual?.[i]?.[1] ?? NaN) - (lat as number))).toBeLessThan(1e-9);
  });
}

type Json = { features: Array<{ geometry: { coordinates: number[][][] } }> };

function transformFixture(name: string, map: (p: number[]) => number[]): Json {
  const json = JSON.parse(readOwnFixture(name)) as Json;
  for (const f of json.features) f.geometry.coordinates = f.geometry.coordinates.map((ring) => ring.map(map));
  return json;
}

describe('projected and swapped coordinates', () => {
  it('converts CGCS2000 Gauss–Krüger metres with the zone prefix 39 to longitude/latitude', () => {
    const { report, features } = readGeoJsonText(readOwnFixture('plots-gauss-kruger-zone-39.geojson'), { kind: 'plots' });
    expect(report.verdict).toBe('imported');
    expect(report.warnings).toMatchObject([{ code: 'coordinates-projected', featureIndex: null, details: { centralMeridianDeg: '117' } }]);
    expect(report.warnings[0]?.messageZh).toContain('117°E');
    expectRing(features[0]?.geometry.coordinates[0] as number[][], PLOT_A);
    expectRing(features[1]?.geometry.coordinates[0] as number[][], PLOT_B);
  });

  it('refuses metres without a zone rather than draw them in the wrong place', () => {
    const { report, features } = readGeoJsonText(readOwnFixture('plots-gauss-kruger-no-zone.geojson'), { kind: 'plots' });
    expect(report.refused?.code).toBe('coordinates-projected');
    expect(report.refused?.messageEn).toContain('central meridian');
    expect(features).toEqual([]);
  });

  it('converts metres without a zone when the caller gives the central meridian', () => {
    const { features } = readGeoJsonText(readOwnFixture('plots-gauss-kruger-no-zone.geojson'), { kind: 'plots', gaussKrugerCentralMeridianDeg: 117 });
    expectRing(features[0]?.geometry.coordinates[0] as number[][], PLOT_A);
  });

  it('takes the zone from a legacy crs member naming EPSG:4548 and warns about the member', () => {
    const { report, features } = readGeoJsonText(readOwnFixture('plots-gauss-kruger-crs-epsg4548.geojson'), { kind: 'plots' });
    expect(codes(report.warnings)).toEqual(['legacy-crs', 'coordinates-projected']);
    expectRing(features[1]?.geometry.coordinates[0] as number[][], PLOT_B);
  });

  it('reads northing-first survey order (X north, Y east) and says the order was adjusted', () => {
    const json = transformFixture('plots-gauss-kruger-zone-39.geojson', ([e, n]) => [n as number, e as number]);
    const { report, features } = validateGeoJson(json, { kind: 'plots' });
    expect(report.warnings[0]?.details).toMatchObject({ northingFirst: 1 });
    expectRing(features[0]?.geometry.coordinates[0] as number[][], PLOT_A);
  });

  it('reads a 6° zone prefix (zone 20, central meridian 117°E)', () => {
    const plot = polygonFeature('Z', [[[20_670_013.034924, 4_053_802.4827], [20_670_113.034924, 4_053_802.4827], [20_670_113.034924, 4_053_902.4827], [20_670_013.034924, 4_053_802.4827]]]);
    const { features } = validateGeoJson(plot, { kind: 'plots' });
    const first = (features[0]?.geometry.coordinates[0]?.[0] ?? []) as number[];
    expect(Math.abs((first[0] ?? NaN) - 118.9)).toBeLessThan(1e-9);
    expect(Math.abs((first[1] ?? NaN) - 36.6)).toBeLessThan(1e-9);
  });

  it('refuses metres of a projection it cannot identify', () => {
    const mercator = polygonFeature('M', [[[13_046_000, 3_737_000], [13_047_000, 3_737_000], [13_047_000, 3_738_000], [13_046_000, 3_737_000]]]);
    const { report } = validateGeoJson(mercator, { kind: 'plots' });
    expect(report.refused?.code).toBe('coordinates-projected');
    expect(report.refused?.messageEn).toContain('EPSG:4490');
  });

  it('swaps latitude-first coordinates of a plot in China back, with a warning', () => {
    const { report, features } = readGeoJsonText(readOwnFixture('plots-swapped-lat-lon.geojson'), { kind: 'plots' });
    expect(codes(report.warnings)).toEqual(['coordinates-swapped']);
    expect(features[0]?.geometry.coordinates[0]).toEqual(PLOT_A);
  });

  it('leaves longitude/latitude alone under a legacy CRS84 member, with a warning', () => {
    const { report, features } = readGeoJsonText(readOwnFixture('plots-legacy-crs-crs84.geojson'), { kind: 'plots' });
    expect(codes(report.warnings)).toEqual(['legacy-crs']);
    expect(report.warnings[0]?.messageEn).toContain('longitude/latitude');
    expect(features[0]?.geometry.coordinates[0]).toEqual(PLOT_A);
  });

  it('does not swap longitude/latitude outside China', () => {
    const europe = polygonFeature('EU', [box(11.03, 53.9, 11.04, 53.91)]);
    const { report, features } = validateGeoJson(europe, { kind: 'plots' });
    expect(report.warnings).toEqual([]);
    expect(features[0]?.geometry.coordinates[0]).toEqual(box(11.03, 53.9, 11.04, 53.91));
  });
});
