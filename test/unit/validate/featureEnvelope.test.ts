import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { readGeoJsonText } from '../../../src/io/readGeoJson.ts';
import { box, codes, collection, polygonFeature, readOwnFixture } from './helpers.ts';

const RING = [box(117.2, 31.8, 117.21, 31.81)];
const RING_2 = [box(117.3, 31.8, 117.31, 31.81)];
const RING_3 = [box(117.4, 31.8, 117.41, 31.81)];

describe('feature envelopes', () => {
  it('wraps a bare Polygon as one feature and lists the repair', () => {
    const { report, features } = validateGeoJson({ type: 'Polygon', coordinates: RING }, { kind: 'plots' });
    expect(report.verdict).toBe('imported');
    expect(codes(report.repaired)).toContain('bare-geometry-wrapped');
    expect(features).toHaveLength(1);
    expect(features[0]?.properties).toEqual({});
  });

  it('reads a bare Feature', () => {
    const { report, features } = validateGeoJson(polygonFeature('A', RING), { kind: 'plots' });
    expect(report.featureCount).toBe(1);
    expect(features[0]?.id).toBe('A');
  });

  it('skips non-polygon features with a reason and imports the rest', () => {
    const point = { type: 'Feature', id: 'P', properties: {}, geometry: { type: 'Point', coordinates: [117, 31] } };
    const { report, features } = validateGeoJson(collection(point, polygonFeature('A', RING)), { kind: 'plots' });
    expect(report.verdict).toBe('imported');
    expect(report.skipped).toMatchObject([{ code: 'non-polygon-feature', featureIndex: 0, featureId: 'P' }]);
    expect(report.importedCount + report.skipped.length).toBe(report.featureCount);
    expect(features.map((f) => f.index)).toEqual([1]);
  });

  it('skips a feature with a null geometry', () => {
    const empty = { type: 'Feature', id: 'N', properties: {}, geometry: null };
    const { report } = validateGeoJson(collection(empty, polygonFeature('A', RING)), { kind: 'plots' });
    expect(report.skipped).toMatchObject([{ code: 'null-geometry', featureIndex: 0 }]);
  });

  it('adds an empty attribute table to a feature without one, and warns', () => {
    const feature = { type: 'Feature', id: 'A', geometry: { type: 'Polygon', coordinates: RING } };
    const { report, features } = validateGeoJson(feature, { kind: 'plots' });
    expect(codes(report.repaired)).toContain('missing-properties');
    expect(codes(report.warnings)).toContain('missing-properties');
    expect(features[0]?.properties).toEqual({});
  });

  it('accepts "properties": null without an entry (RFC 7946 allows it)', () => {
    const { report } = validateGeoJson(polygonFeature('A', RING, null), { kind: 'plots' });
    expect(codes([...report.repaired, ...report.warnings])).not.toContain('missing-properties');
  });

  it('keeps keys such as __proto__ and constructor as data, and HTML-looking text verbatim', () => {
    const { features } = readGeoJsonText(readOwnFixture('plot-property-keys-are-data.geojson'), { kind: 'plots' });
    const properties = features[0]?.properties ?? {};
    expect(Object.keys(properties)).toEqual(['__proto__', 'constructor', '@id', 'toString', '<b>name</b>']);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(properties['<b>name</b>']).toBe('<img src=x onerror=alert(1)>');
    expect(JSON.parse(JSON.stringify(properties))).toEqual(JSON.parse(readOwnFixture('plot-property-keys-are-data.geojson')).features[0].properties);
  });

  it('does not change the parsed input', () => {
    const input = collection(polygonFeature('A', [[[117.2, 31.8], [117.2, 31.81], [117.21, 31.81], [117.21, 31.8]]]));
    const before = JSON.stringify(input);
    validateGeoJson(input, { kind: 'plots' });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('repairs lower-case type names and says so once', () => {
    const feature = { type: 'feature', id: 'A', properties: {}, geometry: { type: 'polygon', coordinates: RING } };
    const { report, features } = validateGeoJson({ type: 'featurecollection', features: [feature] }, { kind: 'plots' });
    expect(codes(report.repaired).filter((c) => c === 'type-case')).toHaveLength(1);
    expect(features[0]?.geometry.type).toBe('Polygon');
  });

  it('skips an entry of unknown type with the structure problems as technical detail', () => {
    const odd = { type: 'Foo', properties: {}, geometry: null };
    const { report } = validateGeoJson(collection(odd, polygonFeature('A', RING)), { kind: 'plots' });
    expect(report.skipped[0]?.code).toBe('bad-structure');
    expect(String(report.skipped[0]?.details?.technical)).toContain('type must be "Feature"');
  });

  it('skips a feature whose geometry type is not a GeoJSON geometry', () => {
    const circle = { type: 'Feature', id: 'C', properties: {}, geometry: { type: 'Circle', center: [117, 31], radius: 10 } };
    const { report } = validateGeoJson(collection(circle, polygonFeature('A', RING)), { kind: 'plots' });
    expect(report.skipped).toMatchObject([{ code: 'bad-structure', featureId: 'C' }]);
    expect(report.skipped[0]?.messageEn).toContain('geometry of type "Circle"');
  });

  it('names the feature by number from 1 and by id in both languages', () => {
    const point = { type: 'Feature', id: 'B-7', properties: {}, geometry: { type: 'Point', coordinates: [117, 31] } };
    const { report } = validateGeoJson(collection(polygonFeature('A', RING), point), { kind: 'plots' });
    expect(report.skipped[0]?.messageZh).toContain('第 2 个地块（编号 B-7）');
    expect(report.skipped[0]?.messageEn).toContain('Plot no. 2 (id "B-7")');
  });
});

describe('feature ids', () => {
  it('keeps a numeric id as text and falls back to the id attribute', () => {
    const a = { ...polygonFeature(null, RING), id: 12 };
    const b = polygonFeature(null, RING_2, { id: 'P-2' });
    const { features } = validateGeoJson(collection(a, b), { kind: 'plots' });
    expect(features.map((f) => f.id)).toEqual(['12', 'P-2']);
  });

  it('gives a feature without id a generated one and lists it', () => {
    const { report, features } = validateGeoJson(collection(polygonFeature('A', RING), polygonFeature(null, RING_2)), { kind: 'plots' });
    expect(features[1]?.id).toBe('plot-2');
    expect(report.repaired).toMatchObject([{ code: 'missing-id', featureIndex: 1, details: { newId: 'plot-2' } }]);
  });

  it('keeps the first of two equal ids and renames the second with -2, warning about both', () => {
    const { report, features } = validateGeoJson(collection(polygonFeature('A', RING), polygonFeature('A', RING_2)), { kind: 'plots' });
    expect(features.map((f) => f.id)).toEqual(['A', 'A-2']);
    expect(report.warnings).toMatchObject([{ code: 'duplicate-id', featureIndex: 1, featureId: 'A', details: { newId: 'A-2', firstFeatureIndex: 0 } }]);
  });

  it('renames past a suffix already taken in the file', () => {
    const file = collection(polygonFeature('A', RING), polygonFeature('A-2', RING_2), polygonFeature('A', RING_3));
    expect(validateGeoJson(file, { kind: 'plots' }).features.map((f) => f.id)).toEqual(['A', 'A-2', 'A-3']);
  });
});
