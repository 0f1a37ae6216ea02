/**
 * Every file of the shared public fixtures (../shared/fixtures/geojson-public), read as a plot
 * file, against the outcome its README expects, with the decision ParkZone makes where the README
 * leaves one ("app-decision", "reject-or-repair") or where importing areas forces one:
 *
 * - accept: imported, every feature in, no warnings, no skips; only silent normalising repairs
 *   (ring direction, generated id, bare geometry wrapped) may be listed.
 * - A file that is valid GeoJSON but holds no polygon (points, null geometry) is refused with
 *   'no-polygons' (DESIGN.md §4); its features are still each listed as skipped with the reason.
 *   This is our reading of "accept"/"accept-warn"/"repair-warn" for the three such files.
 * - bow-tie: imported, warning 'self-intersection'. Ring touching itself (issue 2627): imported,
 *   warning 'self-touch' (area unaffected). Hole touching the shell at 2 vertices: imported,
 *   warning 'hole-touches-shell'. MultiPolygon parts overlapping: imported, warning
 *   'parts-overlap' with the overlap area. Spike: repaired (vertex removed) and warned.
 * - Lower-case type names: repaired ('type-case'); the polygon is imported, the point and the
 *   line are skipped.
 */
import { readdirSync } from 'node:fs';
import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../src/geo/validate/report.ts';
import type { ValidationResult } from '../../../src/geo/validate/types.ts';
import { readGeoJsonText } from '../../../src/io/readGeoJson.ts';
import { PUBLIC_FIXTURES, codes, readPublicFixture } from './helpers.ts';

const NORMALISING = new Set(['ring-winding', 'missing-id', 'bare-geometry-wrapped']);

function expectAccepted(report: ImportReport): void {
  expect(report.verdict).toBe('imported');
  expect(report.importedCount).toBe(report.featureCount);
  expect(report.warnings).toEqual([]);
  expect(report.skipped).toEqual([]);
  for (const code of codes(report.repaired)) expect(NORMALISING.has(code)).toBe(true);
}

function expectRefused(report: ImportReport, code: string): void {
  expect(report.verdict).toBe('refused');
  expect(report.refused?.code).toBe(code);
  expect(report.importedCount).toBe(0);
}

function expectImportedWith(report: ImportReport, warning: string): void {
  expect(report.verdict).toBe('imported');
  expect(report.importedCount + report.skipped.length).toBe(report.featureCount);
  expect(codes(report.warnings)).toContain(warning);
}

/** Area of the overlap of the two parts of turf-multipolygon-parts-overlap, by hand: a triangle. */
function partsOverlapOracleM2(): number {
  const top = 31.353636941500987;
  const [x1, y1, x2, y2] = [5.80078125, 33.100745405144245, 8.4814453125, 30.100745405144245];
  const xAtTop = x1 + ((top - y1) / (y2 - y1)) * (x2 - x1);
  const polygon = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of [[xAtTop, top], [x2, y2], [x2, top]] as const) polygon.AddPoint(lat, lon);
  return Math.abs(polygon.Compute(false, true).area ?? NaN);
}

const DECISIONS: Record<string, { readme: string; check: (result: ValidationResult) => void }> = {
  'valid/gjh-good-featurecollection-bbox3d.geojson': { readme: 'accept', check: ({ report }) => {
    expectRefused(report, 'no-polygons');
    expect(codes(report.skipped)).toEqual(['non-polygon-feature', 'non-polygon-feature']);
  } },
  'valid/gjh-nullgeometry.geojson': { readme: 'accept-warn', check: ({ report }) => {
    expectRefused(report, 'no-polygons');
    expect(codes(report.skipped)).toEqual(['null-geometry']);
  } },
  'valid/gjh-nullproperties.geojson': { readme: 'accept', check: ({ report }) => {
    expectRefused(report, 'no-polygons');
    expect(codes(report.repaired)).not.toContain('missing-properties');
  } },
  'valid/turf-valid-true-hole-touches-shell-at-1-vertex.geojson': { readme: 'accept', check: ({ report }) => expectAccepted(report) },
  'invalid/gjh-bad-json.geojson': { readme: 'reject', check: ({ report }) => {
    expectRefused(report, 'not-json');
    expect(report.refused?.details).toMatchObject({ line: 3, column: 5 });
  } },
  'invalid/gjh-root-null.geojson': { readme: 'reject', check: ({ report }) => expectRefused(report, 'not-geojson') },
  'invalid/gjh-notype.geojson': { readme: 'reject', check: ({ report }) => expectRefused(report, 'not-geojson') },
  'invalid/gjh-type-case.geojson': { readme: 'reject-or-repair', check: ({ report }) => {
    expect(report.verdict).toBe('imported');
    expect(codes(report.repaired)).toContain('type-case');
    expect(report.importedCount).toBe(1);
    expect(codes(report.skipped)).toEqual(['non-polygon-feature', 'non-polygon-feature']);
  } },
  'invalid/gjh-features-contains-null.geojson': { readme: 'reject', check: ({ report }) => expectRefused(report, 'bad-structure') },
  'invalid/gjh-duplicate-type-member.geojson': { readme: 'reject', check: ({ report }) => expectRefused(report, 'duplicate-member') },
  'invalid/gjh-position-contains-string.geojson': { readme: 'reject', check: ({ report }) => expectRefused(report, 'no-polygons') },
  'invalid/gjh-latitude-as-string.geojson': { readme: 'reject-or-repair', check: ({ report }) => expectRefused(report, 'no-polygons') },
  'invalid/gjh-polygon-missing-nesting-level.geojson': { readme: 'reject', check: ({ report }) => expectRefused(report, 'bad-structure') },
  'invalid/gjh-multiple-problems.geojson': { readme: 'reject', check: ({ report }) => {
    expectRefused(report, 'bad-structure');
    expect(report.skipped).toHaveLength(4);
  } },
  'edge/gjh-exterior-ring-clockwise.geojson': { readme: 'accept', check: ({ report, features }) => {
    expectAccepted(report);
    expect(features[0]?.geometry.coordinates).toEqual([[[100, 0], [101, 0], [101, 1], [100, 1], [100, 0]]]);
  } },
  'edge/gjh-issue82-out-of-range.geojson': { readme: 'reject', check: ({ report }) => expectRefused(report, 'coordinates-out-of-range') },
  'edge/chk-feature-without-properties.geojson': { readme: 'repair-warn', check: ({ report }) => {
    expectRefused(report, 'no-polygons');
    expect(codes(report.skipped)).toEqual(['null-geometry']);
  } },
  'edge/turf-bowtie-hourglass.geojson': { readme: 'app-decision', check: ({ report }) => {
    expectImportedWith(report, 'self-intersection');
    expect(report.warnings[0]?.details).toMatchObject({ count: 1, lon: -45, lat: -2.5 });
  } },
  'edge/turf-real-polygon-issue-2627.geojson': { readme: 'app-decision', check: ({ report }) => {
    expectImportedWith(report, 'self-touch');
    expect(codes(report.warnings)).not.toContain('self-intersection');
    expect(report.warnings[0]?.details).toMatchObject({ count: 1, lon: 11.029567, lat: 53.911309 });
  } },
  'edge/turf-switzerland-kinked.geojson': { readme: 'app-decision', check: ({ report, features }) => {
    expectImportedWith(report, 'self-intersection');
    const expected = features[0]?.properties.expectedIntersections;
    expect(report.warnings.find((w) => w.code === 'self-intersection')?.details?.count).toBe(expected);
  } },
  'edge/turf-spike.geojson': { readme: 'repair-warn', check: ({ report, features }) => {
    expectImportedWith(report, 'spike');
    expect(codes(report.repaired)).toContain('spike');
    expect(features[0]?.geometry.coordinates[0]).toHaveLength(5);
  } },
  'edge/turf-hole-touches-shell-2-vertices.geojson': { readme: 'app-decision', check: ({ report }) => expectImportedWith(report, 'hole-touches-shell') },
  'edge/turf-multipolygon-parts-overlap.geojson': { readme: 'app-decision', check: ({ report }) => {
    expectImportedWith(report, 'parts-overlap');
    const areaM2 = report.warnings.find((w) => w.code === 'parts-overlap')?.details?.areaM2;
    expect(typeof areaM2).toBe('number');
    expect((areaM2 as number) / partsOverlapOracleM2()).toBeCloseTo(1, 2);
  } },
  'real/osm-palling-bavaria.geojson': { readme: 'accept as one plot; keys kept verbatim', check: ({ report, features }) => {
    expectAccepted(report);
    expect(features).toHaveLength(1);
    const source = JSON.parse(readPublicFixture('real/osm-palling-bavaria.geojson')) as { properties: Record<string, unknown> };
    expect(features[0]?.properties).toEqual(source.properties);
    expect(features[0]?.properties['@id']).toBe(941652);
    expect(features[0]?.properties['TMC:cid_58:tabcd_1:LocationCode']).toBe('4457');
  } },
};

function allFixtureFiles(): string[] {
  return ['valid', 'invalid', 'edge', 'real'].flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, PUBLIC_FIXTURES)).filter((f) => f.endsWith('.geojson')).map((f) => `${folder}/${f}`),
  );
}

describe('public GeoJSON fixtures', () => {
  it('has a decision for every fixture file', () => {
    expect(allFixtureFiles().sort()).toEqual(Object.keys(DECISIONS).sort());
  });

  for (const [file, { readme, check }] of Object.entries(DECISIONS)) {
    it(`reads ${file} as decided (README: ${readme})`, () => {
      const result = readGeoJsonText(readPublicFixture(file), { kind: 'plots' });
      check(result);
      if (result.report.verdict === 'refused') expect(result.features).toEqual([]);
      for (const entry of [...result.report.repaired, ...result.report.warnings, ...result.report.skipped, ...(result.report.refused ? [result.report.refused] : [])]) {
        expect(entry.messageZh).not.toMatch(/Unexpected token|Cannot read properties|undefined|NaN/);
        expect(entry.messageEn).not.toMatch(/Unexpected token|Cannot read properties|undefined|NaN/);
      }
    });
  }
});
