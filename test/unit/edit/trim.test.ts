import { describe, expect, it } from 'vitest';
import type { Areal } from '../../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../../src/geo/area.ts';
import { trimToFreeLand } from '../../../src/geo/edit/trim.ts';
import { arealsOverlap } from '../../../src/geo/validate/index.ts';
import { parallelBoxAreaM2, relativeError } from '../geo/oracles.ts';
import { at, plotOf, rectM } from './fixtures.ts';

const neighbour = plotOf('N-001-01', rectM(0, 0, 100, 100));
const drawn = plotOf('N-001-02', rectM(50, 0, 150, 100), { 备注: 'drawn' });

describe('trimToFreeLand', () => {
  it('keeps the free half of a square that overlaps another by half', () => {
    const result = trimToFreeLand(drawn, [neighbour]);
    if (!result.ok) throw new Error(result.reason);
    const trimmed = result.change.changed[0]?.after.geometry as Areal;
    const [x100, y0] = at(100, 0) as [number, number];
    const [x150, y100] = at(150, 100) as [number, number];
    expect(relativeError(arealAreaM2(trimmed), parallelBoxAreaM2(x100, y0, x150, y100))).toBeLessThan(1e-5);
    expect(arealsOverlap(trimmed, neighbour.geometry)).toBe(false);
    expect(result.overlappedIds).toEqual(['N-001-01']);
    expect(result.change.changed[0]?.after.properties).toBe(drawn.properties);
  });

  it('cuts a plot into two parts when another plot crosses its middle', () => {
    const wide = plotOf('N-001-03', rectM(0, 200, 300, 300));
    const road = plotOf('R-1', rectM(100, 150, 200, 350));
    const result = trimToFreeLand(wide, [road, neighbour]);
    if (!result.ok) throw new Error(result.reason);
    const trimmed = result.change.changed[0]?.after.geometry as Areal;
    expect(trimmed.type === 'MultiPolygon' && trimmed.coordinates.length).toBe(2);
    expect(arealAreaM2(trimmed) / arealAreaM2(wide.geometry)).toBeCloseTo(2 / 3, 6);
  });

  it('ignores the plot’s own earlier version among the others', () => {
    expect(trimToFreeLand(drawn, [drawn])).toMatchObject({ ok: false, reason: 'nothing-to-trim' });
  });

  it('refuses when other plots cover the whole plot', () => {
    const inside = plotOf('N-001-04', rectM(10, 10, 90, 90));
    expect(trimToFreeLand(inside, [neighbour])).toMatchObject({ ok: false, reason: 'nothing-left' });
  });

  it('refuses when no other plot overlaps (touching along an edge is not overlapping)', () => {
    const touching = plotOf('N-001-05', rectM(100, 0, 200, 100));
    expect(trimToFreeLand(touching, [neighbour])).toMatchObject({ ok: false, reason: 'nothing-to-trim' });
  });

  it('trims a plot drawn clockwise like one drawn anticlockwise', () => {
    const ring = [...(rectM(50, 0, 150, 100).coordinates[0] ?? [])].reverse();
    const clockwise = plotOf('N-001-06', { type: 'Polygon', coordinates: [ring] });
    const result = trimToFreeLand(clockwise, [neighbour]);
    expect(result.ok && arealAreaM2(result.change.changed[0]?.after.geometry as Areal) / arealAreaM2(neighbour.geometry)).toBeCloseTo(0.5, 6);
  });
});
