import { describe, expect, it } from 'vitest';
import { findDuplicateMembers } from '../../../src/geo/validate/duplicateMembers.ts';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';

describe('members written twice', () => {
  it('finds a repeated "type" and the line of the repeat', () => {
    expect(findDuplicateMembers('{\n "type": "FeatureCollection",\n "type": "Feature"\n}')).toEqual([{ member: 'type', line: 3, structural: true }]);
  });

  it('does not confuse the same key in sibling objects', () => {
    expect(findDuplicateMembers('[{"type": "A", "id": 1}, {"type": "B", "id": 1}]')).toEqual([]);
  });

  it('treats a repeated attribute, even one called "type", as an attribute', () => {
    const text = '{"type":"Feature","properties":{"type":"x","name":"a","name":"b","type":"y"},"geometry":null}';
    expect(findDuplicateMembers(text)).toEqual([
      { member: 'name', line: 1, structural: false },
      { member: 'type', line: 1, structural: false },
    ]);
  });

  it('reads escaped keys and ignores braces and quotes inside strings', () => {
    expect(findDuplicateMembers('{"a\\u0062": 1, "note": "} \\" {", "ab": 2}')).toEqual([{ member: 'ab', line: 1, structural: false }]);
  });

  it('warns about a repeated attribute and still imports the plot', () => {
    const text = '{"type":"Feature","id":"A","properties":{"status":"vacant","status":"built"},"geometry":{"type":"Polygon","coordinates":[[[117.2,31.8],[117.21,31.8],[117.21,31.81],[117.2,31.8]]]}}';
    const { report, features } = validateGeoJson(JSON.parse(text), { kind: 'plots', rawText: text });
    expect(report.warnings).toMatchObject([{ code: 'duplicate-member', details: { member: 'status' } }]);
    expect(features[0]?.properties.status).toBe('built');
  });
});
