import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { box, codes, collection, polygonFeature } from './helpers.ts';

const GOOD = polygonFeature('GOOD', [box(117.3, 31.8, 117.31, 31.81)]);

describe('coordinate values', () => {
  it('reads numbers written as text and lists the repair with the count', () => {
    const ring = [['117.2', '31.8'], [117.21, 31.8], [117.21, '31.81'], [117.2, 31.81], ['117.2', '31.8']];
    const { report, features } = validateGeoJson(polygonFeature('A', [ring]), { kind: 'plots' });
    expect(report.repaired).toMatchObject([{ code: 'string-coordinate', details: { values: 5 } }]);
    expect(features[0]?.geometry.coordinates[0]).toEqual(box(117.2, 31.8, 117.21, 31.81));
  });

  it('skips a feature with a coordinate that is not a number at all', () => {
    const ring = [[117.2, 31.8], [117.21, 'north'], [117.21, 31.81], [117.2, 31.8]];
    const { report } = validateGeoJson(collection(polygonFeature('A', [ring]), GOOD), { kind: 'plots' });
    expect(report.skipped).toMatchObject([{ code: 'bad-structure', featureId: 'A' }]);
    expect(report.skipped[0]?.messageEn).toContain('"north"');
  });

  it('drops a third coordinate (height) and lists the repair', () => {
    const ring = box(117.2, 31.8, 117.21, 31.81).map(([x, y]) => [x, y, 12.5]);
    const { report, features } = validateGeoJson(polygonFeature('A', [ring]), { kind: 'plots' });
    expect(codes(report.repaired)).toEqual(['third-coordinate']);
    expect(features[0]?.geometry.coordinates[0]?.every((p) => p.length === 2)).toBe(true);
  });

  it('skips a polygon whose coordinates lack one level of brackets', () => {
    const { report } = validateGeoJson(collection(polygonFeature('A', box(117.2, 31.8, 117.21, 31.81)), GOOD), { kind: 'plots' });
    expect(report.skipped[0]?.code).toBe('bad-structure');
    expect(report.skipped[0]?.messageEn).toContain('one level of brackets');
  });

  it('skips a polygon with a number too large for JSON (read as Infinity)', () => {
    const { report } = validateGeoJson(collection(polygonFeature('A', [[[Infinity, 31], [117, 31], [117, 32], [Infinity, 31]]]), GOOD), { kind: 'plots' });
    expect(report.skipped[0]?.code).toBe('bad-structure');
  });

  it('skips a feature outside longitude/latitude range and imports the others', () => {
    const wild = polygonFeature('W', [box(200, 31.8, 200.01, 31.81)]);
    const { report, features } = validateGeoJson(collection(wild, GOOD), { kind: 'plots' });
    expect(report.verdict).toBe('imported');
    expect(report.skipped).toMatchObject([{ code: 'coordinates-out-of-range', featureId: 'W', details: { sampleX: 200 } }]);
    expect(features.map((f) => f.id)).toEqual(['GOOD']);
  });

  it('does not crash geojson-validation on an empty ring: the feature is skipped as too small', () => {
    const { report } = validateGeoJson(collection(polygonFeature('E', [[]]), GOOD), { kind: 'plots' });
    expect(report.skipped).toMatchObject([{ code: 'too-few-vertices', featureId: 'E' }]);
  });
});
