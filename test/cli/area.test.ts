import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.ts';

// Hand-computed oracle: a box on the equator of Δλ = Δφ = 0.009° has, on the WGS 84 ellipsoid,
// area = Δλ · b²/2 · [s/(1−e²s²) + atanh(e·s)/e] with s = sin φ (the zone area formula).
const A_M = 6378137;
const E2 = 0.00669437999014;
const DEG = Math.PI / 180;

function equatorBoxAreaM2(sideDeg: number): number {
  // b²/2·[s/(1−e²s²) + atanh(e s)/e] per radian of longitude, from φ = 0 to φ = sideDeg
  const e = Math.sqrt(E2);
  const s = Math.sin(sideDeg * DEG);
  const zone = ((A_M * A_M * (1 - E2)) / 2) * (s / (1 - E2 * s * s) + Math.atanh(e * s) / e);
  return zone * sideDeg * DEG;
}

describe('parkzone area', () => {
  it('prints each feature id with its ellipsoidal area in m² and 亩', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pz-area-'));
    const file = join(dir, 'box.geojson');
    const side = 0.009;
    writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'BOX-1', properties: {},
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [side, 0], [side, side], [0, side], [0, 0]]] } }] }));
    const run = runCli(['area', file, '--json']);
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; areaM2: number; areaMu: number }[];
    const expectedM2 = equatorBoxAreaM2(side);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).toBe('BOX-1');
    expect(Math.abs((rows[0]?.areaM2 ?? 0) / expectedM2 - 1)).toBeLessThan(1e-6);
    expect(rows[0]?.areaMu).toBeCloseTo(expectedM2 / (10000 / 15), 3);
  });

  it('refuses a file that is not GeoJSON with exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pz-area-'));
    const file = join(dir, 'text.geojson');
    writeFileSync(file, 'hello');
    const run = runCli(['area', file]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
