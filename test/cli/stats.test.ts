import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

// A hand-made zone at 34° N: two districts side by side, each 0.01° × 0.01°. Boxes between the
// same parallels have areas proportional to their longitude width, so every ratio below is a
// ratio of widths (hand-computed), up to the curvature of the zone function over 0.01° (< 1e-5).
const box = (west: number, east: number, south = 34.002, north = 34.008): number[][][] =>
  [[[west, south], [east, south], [east, north], [west, north], [west, south]]];
const feature = (id: string, coordinates: number[][][], properties: Record<string, unknown>) =>
  ({ type: 'Feature', properties: { id, ...properties }, geometry: { type: 'Polygon', coordinates } });

function writeZone(): { districts: string; plots: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pz-stats-'));
  const districts = join(dir, 'districts.geojson');
  const plots = join(dir, 'plots.geojson');
  writeFileSync(districts, JSON.stringify({ type: 'FeatureCollection', features: [
    feature('west', box(0, 0.01, 34, 34.01), { name: '西区', nameEn: 'West', brief: '做强' }),
    feature('east', box(0.01, 0.02, 34, 34.01), { name: '东区', nameEn: 'East', brief: '规范' }),
  ] }));
  writeFileSync(plots, JSON.stringify({ type: 'FeatureCollection', features: [
    feature('A', box(0.002, 0.005), { landUse: '1001', status: 'built', industry: 'white-goods', enterprise: '甲' }),
    feature('B', box(0.007, 0.017), { landUse: '1001', status: 'allocated', industry: 'logistics', enterprise: '乙' }),
    feature('C', box(0.018, 0.019), { landUse: '1401' }),
  ] }));
  return { districts, plots };
}

interface OccupancyRow { areaId: string; plottedAreaM2: number; developableAreaM2: number; occupancyRatio: number | null; builtRatio: number | null; coverageRatio: number | null }

describe('parkzone stats', () => {
  it('splits a straddling plot 30/70 and derives occupancy ratios from the clipped areas', () => {
    const { districts, plots } = writeZone();
    const run = runCli(['stats', districts, plots, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { zone: OccupancyRow; districts: OccupancyRow[] };
    const west = result.districts.find((d) => d.areaId === 'west');
    const east = result.districts.find((d) => d.areaId === 'east');
    // west: A (0.003) + 30 % of B (0.003), all supplied, A built; east: 70 % of B (0.007) + C (green)
    expect(west?.developableAreaM2 ?? 0).toBeCloseTo(((east?.developableAreaM2 ?? 0) * 6) / 7, 0);
    expect(west?.occupancyRatio).toBeCloseTo(1, 9);
    expect(west?.builtRatio).toBeCloseTo(0.5, 5);
    expect(east?.builtRatio).toBe(0);
    expect(east?.coverageRatio).toBeCloseTo((0.008 / 0.01) * 0.6, 4);
    expect((west?.plottedAreaM2 ?? 0) + (east?.plottedAreaM2 ?? 0)).toBeCloseTo(result.zone.plottedAreaM2, 6);
  });

  it('prints a readable table in English with the district names', () => {
    const { districts, plots } = writeZone();
    const run = runCli(['stats', districts, plots, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('West');
    expect(run.stdout).toContain('East');
    expect(run.stdout).toContain('district totals equal the zone total');
  });

  it('prints the sample zone with its four districts in Chinese, adding up to the zone', () => {
    const run = runCli(['stats', 'data/districts.geojson', 'data/plots.geojson', '--parks', 'data/parks.geojson']);
    expect(run.status).toBe(0);
    for (const name of ['北区', '西区', '南区', '东区', '全区']) expect(run.stdout).toContain(name);
    expect(run.stdout).toContain('各区合计与全区一致');
  });

  it('writes CSV with one row per district and a header naming units', () => {
    const { districts, plots } = writeZone();
    const run = runCli(['stats', districts, plots, '--csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toContain('areaId');
    expect(lines[0]).toContain('suppliedAreaM2');
    expect(lines.filter((line) => line.startsWith('district,'))).toHaveLength(2);
  });
});
