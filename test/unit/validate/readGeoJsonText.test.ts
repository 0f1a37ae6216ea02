import { describe, expect, it } from 'vitest';
import { readGeoJsonText } from '../../../src/io/readGeoJson.ts';
import { findJsonSyntaxError } from '../../../src/io/jsonSyntax.ts';
import { box, collection, polygonFeature } from './helpers.ts';

const ONE_PLOT = JSON.stringify(collection(polygonFeature('A', [box(117.2, 31.8, 117.21, 31.81)])));

describe('reading GeoJSON text', () => {
  it('refuses text that is not JSON and says where, in words, without the parser message', () => {
    const { report, features } = readGeoJsonText('{\n  "type": "FeatureCollection"\n  "features": []\n}', { kind: 'plots' });
    expect(report.refused?.code).toBe('not-json');
    expect(report.refused?.messageZh).toContain('第 3 行第 3 列');
    expect(report.refused?.messageEn).toContain('line 3, column 3');
    expect(report.refused?.messageEn).toContain('missing comma');
    expect(report.refused?.messageEn).not.toMatch(/Unexpected|Expected|position/);
    expect(features).toEqual([]);
  });

  it('tells a file cut off in the middle from a typing mistake', () => {
    const { report } = readGeoJsonText(ONE_PLOT.slice(0, 60), { kind: 'plots' });
    expect(report.refused?.code).toBe('not-json');
    expect(report.refused?.messageEn).toContain('stops in the middle');
    expect(report.refused?.messageZh).toContain('中断');
  });

  it('reads a file that starts with a byte-order mark', () => {
    const { report, features } = readGeoJsonText(`\uFEFF${ONE_PLOT}`, { kind: 'plots' });
    expect(report.verdict).toBe('imported');
    expect(features.map((f) => f.id)).toEqual(['A']);
  });

  it('refuses an empty file and a file of blanks as empty', () => {
    expect(readGeoJsonText('', { kind: 'plots' }).report.refused?.code).toBe('empty');
    expect(readGeoJsonText(' \n\t', { kind: 'plots' }).report.refused?.code).toBe('empty');
  });

  it('refuses a file whose whole content is null', () => {
    const { report } = readGeoJsonText('null', { kind: 'plots' });
    expect(report.refused?.code).toBe('not-geojson');
    expect(report.refused?.messageEn).toContain('only the value null');
  });

  it('refuses a FeatureCollection with no features as empty', () => {
    const { report } = readGeoJsonText('{"type":"FeatureCollection","features":[]}', { kind: 'districts' });
    expect(report.refused?.code).toBe('empty');
    expect(report.refused?.messageZh).toContain('片区');
  });

  it('refuses TopoJSON with a hint to convert it', () => {
    const { report } = readGeoJsonText('{"type":"Topology","objects":{},"arcs":[]}', { kind: 'plots' });
    expect(report.refused?.code).toBe('not-geojson');
    expect(report.refused?.messageEn).toContain('TopoJSON');
  });

  it('refuses a list at the top level', () => {
    expect(readGeoJsonText('[1, 2]', { kind: 'plots' }).report.refused?.code).toBe('not-geojson');
  });

  it('refuses a structural member written twice, even though JSON.parse accepts it', () => {
    const text = '{"type":"FeatureCollection","features":[\n{"type":"Feature","properties":{},"geometry":{"type":"Polygon","type":"Point","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}';
    const { report } = readGeoJsonText(text, { kind: 'plots' });
    expect(report.refused?.code).toBe('duplicate-member');
    expect(report.refused?.details).toMatchObject({ member: 'type', line: 2 });
  });
});

describe('locating a JSON syntax error', () => {
  it('returns null for well-formed JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, "x\\u00e9", true, null]}')).toBeNull();
  });

  it('points at the character where a comma is missing', () => {
    expect(findJsonSyntaxError('{"a": 1 "b": 2}')).toMatchObject({ line: 1, column: 9, problem: { kind: 'unexpected', character: '"' } });
  });

  it('reports the end of text for an unterminated document', () => {
    expect(findJsonSyntaxError('{"a": [1, 2')?.problem).toEqual({ kind: 'truncated' });
  });

  it('counts lines and columns from 1', () => {
    expect(findJsonSyntaxError('{\n\n  "a": tru\n}')).toMatchObject({ line: 3, column: 8 });
  });

  it('rejects a trailing comma, as JSON.parse does', () => {
    expect(findJsonSyntaxError('[1, 2,]')).toMatchObject({ column: 7 });
  });
});
