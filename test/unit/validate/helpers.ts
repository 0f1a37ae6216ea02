/** Small factories and file access for the validation tests. */
import { readFileSync } from 'node:fs';
import type { ReportEntry } from '../../../src/geo/validate/report.ts';

/** The public fixtures shared beside the repository (../shared from the repo root). */
export const PUBLIC_FIXTURES = new URL('../../../../shared/fixtures/geojson-public/', import.meta.url);
export const OWN_FIXTURES = new URL('../../fixtures/validate/', import.meta.url);

export function readPublicFixture(relativePath: string): string {
  return readFileSync(new URL(relativePath, PUBLIC_FIXTURES), 'utf8');
}

export function readOwnFixture(name: string): string {
  return readFileSync(new URL(name, OWN_FIXTURES), 'utf8');
}

/** A closed anticlockwise box ring in lon/lat. */
export function box(west: number, south: number, east: number, north: number): number[][] {
  return [[west, south], [east, south], [east, north], [west, north], [west, south]];
}

export function polygonFeature(id: string | null, rings: unknown, properties: unknown = {}): Record<string, unknown> {
  const feature: Record<string, unknown> = { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: rings } };
  if (id !== null) feature.id = id;
  return feature;
}

export function collection(...features: unknown[]): Record<string, unknown> {
  return { type: 'FeatureCollection', features };
}

export function codes(entries: readonly ReportEntry[]): string[] {
  return entries.map((e) => e.code);
}
