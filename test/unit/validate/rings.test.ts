import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { repairRing } from '../../../src/geo/validate/ringRepair.ts';
import { box, codes, collection, polygonFeature } from './helpers.ts';

const GOOD = polygonFeature('GOOD', [box(117.3, 31.8, 117.31, 31.81)]);

describe('ring repairs', () => {
  it('closes an open ring and lists the repair', () => {
    const open = [[117.2, 31.8], [117.21, 31.8], [117.21, 31.81], [117.2, 31.81]];
    const { report, features } = validateGeoJson(polygonFeature('A', [open]), { kind: 'plots' });
    expect(report.repaired).toMatchObject([{ code: 'ring-not-closed', featureId: 'A', details: { rings: 1 } }]);
    expect(features[0]?.geometry.coordinates[0]).toEqual(box(117.2, 31.8, 117.21, 31.81));
  });

  it('removes repeated consecutive vertices, also across the closing point', () => {
    const ring = [[117.2, 31.8], [117.21, 31.8], [117.21, 31.8], [117.21, 31.81], [117.2, 31.81], [117.2, 31.8], [117.2, 31.8]];
    const { report, features } = validateGeoJson(polygonFeature('A', [ring]), { kind: 'plots' });
    expect(report.repaired).toMatchObject([{ code: 'duplicate-vertex', details: { vertices: 2 } }]);
    expect(features[0]?.geometry.coordinates[0]).toEqual(box(117.2, 31.8, 117.21, 31.81));
  });

  it('turns a clockwise outline and an anticlockwise hole to the right-hand rule', () => {
    const outer = box(117.2, 31.8, 117.21, 31.81).reverse();
    const hole = box(117.203, 31.803, 117.206, 31.806);
    const { report, features } = validateGeoJson(polygonFeature('A', [outer, hole]), { kind: 'plots' });
    expect(report.repaired).toMatchObject([{ code: 'ring-winding', details: { rings: 2 } }]);
    expect(features[0]?.geometry.coordinates).toEqual([box(117.2, 31.8, 117.21, 31.81), hole.slice().reverse()]);
  });

  it('removes a zero-width spike, and warns so the outline gets a look', () => {
    const ring = [[117.2, 31.8], [117.21, 31.8], [117.21, 31.79], [117.21, 31.81], [117.2, 31.81], [117.2, 31.8]];
    const { report, features } = validateGeoJson(polygonFeature('A', [ring]), { kind: 'plots' });
    expect(report.repaired).toMatchObject([{ code: 'spike', details: { spikes: 1, lon: 117.21, lat: 31.79 } }]);
    expect(codes(report.warnings)).toEqual(['spike']);
    expect(features[0]?.geometry.coordinates[0]).toEqual(box(117.2, 31.8, 117.21, 31.81));
  });

  it('skips a polygon whose outline has fewer than three distinct vertices', () => {
    const flat = [[117.2, 31.8], [117.21, 31.8], [117.2, 31.8], [117.2, 31.8]];
    const { report } = validateGeoJson(collection(polygonFeature('A', [flat]), GOOD), { kind: 'plots' });
    expect(report.skipped).toMatchObject([{ code: 'too-few-vertices', featureId: 'A' }]);
    expect(report.importedCount).toBe(1);
  });

  it('drops a hole with no area and lists it', () => {
    const hole = [[117.203, 31.803], [117.204, 31.803], [117.203, 31.803]];
    const { report, features } = validateGeoJson(polygonFeature('A', [box(117.2, 31.8, 117.21, 31.81), hole]), { kind: 'plots' });
    expect(codes(report.repaired)).toContain('too-few-vertices');
    expect(features[0]?.geometry.coordinates).toHaveLength(1);
  });

  it('warns about a hole outside its outline', () => {
    const hole = box(117.22, 31.8, 117.23, 31.81).reverse();
    const { report } = validateGeoJson(polygonFeature('A', [box(117.2, 31.8, 117.21, 31.81), hole]), { kind: 'plots' });
    expect(report.warnings).toMatchObject([{ code: 'hole-outside-shell', details: { hole: 1 } }]);
  });

  it('repairs nothing on a clean closed anticlockwise ring', () => {
    const result = repairRing(box(0, 0, 1, 1));
    expect(result).toEqual({ ring: box(0, 0, 1, 1), wasOpen: false, duplicatesRemoved: 0, spikes: [] });
  });

  it('removes a spike that goes back exactly to where it started', () => {
    const result = repairRing([[0, 0], [1, 0], [2, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
    expect(result.ring).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
    expect(result.spikes).toEqual([[2, 0]]);
  });
});
