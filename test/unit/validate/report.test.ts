import { describe, expect, it } from 'vitest';
import { REASONS, REASON_CODES, countByCode, makeEntry } from '../../../src/geo/validate/report.ts';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { box, collection, polygonFeature } from './helpers.ts';

describe('import report', () => {
  it('has distinct, stable reason codes including those the design names', () => {
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
    for (const code of ['not-json', 'not-geojson', 'no-polygons', 'empty', 'bad-structure', 'coordinates-out-of-range',
      'coordinates-projected', 'coordinates-swapped', 'legacy-crs', 'ring-not-closed', 'ring-winding', 'duplicate-vertex',
      'third-coordinate', 'bare-geometry-wrapped', 'missing-properties', 'self-intersection', 'hole-outside-shell', 'overlap',
      'outside-districts', 'duplicate-id', 'non-polygon-feature', 'null-geometry', 'too-few-vertices', 'type-case', 'string-coordinate']) {
      expect(REASON_CODES).toContain(code);
    }
  });

  it('counts entries by code', () => {
    const entries = [REASONS.overlap, REASONS.overlap, REASONS.spike].map((code) => makeEntry(code, null, { zh: '', en: '' }));
    expect(countByCode(entries)).toEqual(new Map([['overlap', 2], ['spike', 1]]));
  });

  it('adds up: imported plus skipped equals the features in the file', () => {
    const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [117, 31] } };
    const file = collection(point, polygonFeature('A', [box(117.2, 31.8, 117.21, 31.81)]), null, polygonFeature('B', [[[117, 31]]]));
    const { report, features } = validateGeoJson(file, { kind: 'plots' });
    expect(report).toMatchObject({ verdict: 'imported', featureCount: 4, importedCount: 1 });
    expect(report.importedCount + report.skipped.length).toBe(report.featureCount);
    expect(report.skipped.map((s) => s.featureIndex)).toEqual([0, 2, 3]);
    expect(features).toHaveLength(1);
  });

  it('gives a refused file no features and one reason', () => {
    const { report, features } = validateGeoJson({ type: 'FeatureCollection', features: 'none' }, { kind: 'plots' });
    expect(report.verdict).toBe('refused');
    expect(report.refused?.code).toBe('bad-structure');
    expect(features).toEqual([]);
  });

  it('never throws on odd values', () => {
    for (const value of [undefined, 0, 'text', [], {}, { type: 42 }, { type: 'Feature' }, { type: 'Feature', geometry: { type: 'Polygon' } },
      { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[[]]] } }, { type: 'GeometryCollection', geometries: [] }]) {
      expect(() => validateGeoJson(value, { kind: 'plots' })).not.toThrow();
      expect(validateGeoJson(value, { kind: 'plots' }).report.verdict).toBe('refused');
    }
  });
});
