import { describe, expect, it } from 'vitest';
import type { Areal } from '../../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../../src/geo/area.ts';
import { mergePlots } from '../../../src/geo/edit/merge.ts';
import { parallelBoxAreaM2, relativeError } from '../geo/oracles.ts';
import { at, plotOf, rectM } from './fixtures.ts';

const westSquare = plotOf('N-001-01', rectM(0, 0, 100, 100), { enterprise: '甲公司', investment: 100 });
const eastSquare = plotOf('N-001-02', rectM(100, 0, 200, 100), { enterprise: '乙公司', 备注: 'east note' });

function mergedGeometry(result: ReturnType<typeof mergePlots>): Areal {
  if (!result.ok) throw new Error(`expected a merge, got ${result.reason}`);
  return result.change.changed[0]?.after.geometry as Areal;
}

describe('mergePlots', () => {
  it('merges two squares sharing an edge into one rectangle with its 4 corners only', () => {
    const merged = mergedGeometry(mergePlots([westSquare, eastSquare], 'N-001-01'));
    expect(merged.type).toBe('Polygon');
    const ring = merged.type === 'Polygon' ? (merged.coordinates[0] ?? []) : [];
    const corners = new Set(ring.map((p) => `${p[0]},${p[1]}`));
    const expected = [at(0, 0), at(200, 0), at(200, 100), at(0, 100)].map((p) => `${p[0]},${p[1]}`);
    expect([...corners].sort()).toEqual(expected.sort());
    const [w, s] = at(0, 0) as [number, number];
    const [e, n] = at(200, 100) as [number, number];
    expect(relativeError(arealAreaM2(merged), parallelBoxAreaM2(w, s, e, n))).toBeLessThan(1e-5);
  });

  it('keeps the chosen plot’s id and properties and removes the other plot', () => {
    const result = mergePlots([westSquare, eastSquare], 'N-001-02');
    if (!result.ok) throw new Error(result.reason);
    expect(result.change.changed[0]?.after.id).toBe('N-001-02');
    expect(result.change.changed[0]?.after.properties).toBe(eastSquare.properties);
    expect(result.change.changed[0]?.after.attributes.enterprise).toBe('乙公司');
    expect(result.change.removed.map((p) => p.id)).toEqual(['N-001-01']);
  });

  it('merges overlapping plots into their union', () => {
    const overlapping = plotOf('N-001-03', rectM(50, 0, 150, 100));
    const merged = mergedGeometry(mergePlots([westSquare, overlapping], 'N-001-03'));
    expect(arealAreaM2(merged) / arealAreaM2(westSquare.geometry)).toBeCloseTo(1.5, 6);
  });

  it('merges a chain of three plots where only neighbours share edges', () => {
    const third = plotOf('N-001-04', rectM(200, 0, 300, 100));
    const result = mergePlots([third, westSquare, eastSquare], 'N-001-01');
    expect(result.ok).toBe(true);
    expect(arealAreaM2(mergedGeometry(result)) / arealAreaM2(westSquare.geometry)).toBeCloseTo(3, 6);
  });

  it('refuses plots that are apart, naming the one not connected', () => {
    const apart = plotOf('N-009-01', rectM(300, 0, 400, 100));
    const result = mergePlots([westSquare, apart], 'N-001-01');
    expect(result).toMatchObject({ ok: false, reason: 'not-adjacent' });
    if (!result.ok) expect(result.messageEn).toContain('N-009-01');
  });

  it('refuses plots that touch only at a corner', () => {
    const diagonal = plotOf('N-001-05', rectM(100, 100, 200, 200));
    expect(mergePlots([westSquare, diagonal], 'N-001-01')).toMatchObject({ ok: false, reason: 'not-adjacent' });
  });

  it('refuses a single plot', () => {
    expect(mergePlots([westSquare], 'N-001-01')).toMatchObject({ ok: false, reason: 'too-few-plots' });
  });

  it('throws when the plot to keep is not among the plots (a programmer error)', () => {
    expect(() => mergePlots([westSquare, eastSquare], 'X')).toThrow(RangeError);
  });
});
