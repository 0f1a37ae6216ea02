import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Areal, Position } from '../../../src/domain/geometry.ts';
import { polygonsOf } from '../../../src/domain/geometry.ts';
import { toPlot } from '../../../src/domain/parse.ts';
import { arealAreaM2 } from '../../../src/geo/area.ts';
import { lonLatPolygonsAreaM2 } from '../../../src/geo/lonLatArea.ts';
import { arealBBox } from '../../../src/geo/bbox.ts';
import { splitPlot } from '../../../src/geo/edit/split.ts';
import { arealsOverlap, findPolygonDefects } from '../../../src/geo/validate/index.ts';
import { relativeError } from '../geo/oracles.ts';
import { at, plotOf, rectM } from './fixtures.ts';
import { mulberry32 as random } from '../seededRandom.ts';

interface Collection { features: { properties: Record<string, unknown>; geometry: Areal }[] }
const sample = JSON.parse(readFileSync(new URL('../../../data/plots.geojson', import.meta.url), 'utf8')) as Collection;


/** A straight line through a random point of the box, at a random angle, reaching well beyond it. */
function lineAcross(geometry: Areal, next: () => number): Position[] {
  const [w, s, e, n] = arealBBox(geometry);
  const cx = w + (0.25 + 0.5 * next()) * (e - w);
  const cy = s + (0.25 + 0.5 * next()) * (n - s);
  const angle = next() * Math.PI;
  const reach = 2 * Math.hypot(e - w, n - s);
  return [[cx - reach * Math.cos(angle), cy - reach * Math.sin(angle)], [cx + reach * Math.cos(angle), cy + reach * Math.sin(angle)]];
}

describe('splitPlot on the sample zone', () => {
  it('cuts 300 sample plots along random lines into valid, disjoint pieces that add up to the plot', () => {
    const next = random(20240604);
    let splits = 0;
    for (const feature of sample.features.slice(0, 300)) {
      const plot = toPlot({ geometry: feature.geometry, properties: feature.properties });
      const result = splitPlot(plot, lineAcross(plot.geometry, next));
      if (!result.ok) {
        expect(result.reason).toBe('line-does-not-cross'); // a line through the box may miss a concave plot
        continue;
      }
      splits++;
      const pieces = [...result.change.changed.map((c) => c.after.geometry), ...result.change.added.map((p) => p.geometry)];
      // exactly under the overlay's additive measure; geodesic areas within the lunes between
      // the plot's geodesic edges and the lon/lat chords the cut points sit on (~L·tanφ/12R)
      const additive = (g: Areal): number => lonLatPolygonsAreaM2(polygonsOf(g));
      expect(relativeError(pieces.reduce((sum, g) => sum + additive(g), 0), additive(plot.geometry))).toBeLessThan(1e-9);
      expect(relativeError(pieces.reduce((sum, g) => sum + arealAreaM2(g), 0), arealAreaM2(plot.geometry))).toBeLessThan(2e-5);
      for (const piece of pieces) for (const polygon of polygonsOf(piece)) expect(findPolygonDefects(polygon).crossings).toBe(0);
      for (let i = 0; i < pieces.length; i++) {
        for (let j = i + 1; j < pieces.length; j++) expect(arealsOverlap(pieces[i] as Areal, pieces[j] as Areal)).toBe(false);
      }
    }
    expect(splits).toBeGreaterThan(250);
  });
});

describe('splitPlot on awkward lines', () => {
  const square = plotOf('N-012-03', rectM(0, 0, 100, 100));

  it('ignores the stretch of a line that runs along the edge before turning in', () => {
    const result = splitPlot(square, [at(-10, 0), at(50, 0), at(50, 110)]);
    if (!result.ok) throw new Error(result.reason);
    const kept = result.change.changed[0]?.after.geometry as Areal;
    expect(arealAreaM2(kept) / arealAreaM2(square.geometry)).toBeCloseTo(0.5, 6);
  });

  it('refuses a line that only touches a corner from outside', () => {
    expect(splitPlot(square, [at(-10, 110), at(0, 100), at(-10, 90)])).toMatchObject({ ok: false, reason: 'line-does-not-cross' });
  });

  it('cuts along a bent line with several vertices inside the plot', () => {
    const result = splitPlot(square, [at(20, -10), at(20, 40), at(60, 60), at(60, 110)]);
    if (!result.ok) throw new Error(result.reason);
    const pieces = [result.change.changed[0]?.after.geometry as Areal, result.change.added[0]?.geometry as Areal];
    // west piece: 20×40 + trapezoid 40×(20+60)/2… by shoelace on (0,0) (20,0) (20,40) (60,60) (60,100) (0,100)
    const westM2 = 0.5 * Math.abs(0 * 0 - 20 * 0 + (20 * 40 - 20 * 0) + (20 * 60 - 60 * 40) + (60 * 100 - 60 * 60) + (60 * 100 - 0 * 100) + (0 * 0 - 0 * 100));
    const ratios = pieces.map((g) => arealAreaM2(g) / arealAreaM2(square.geometry)).sort();
    expect(ratios[0]).toBeCloseTo(westM2 / 10_000, 6);
  });

  it('cuts an L-shape along the line of its notch edge, through the inner corner', () => {
    const lShape = plotOf('L-1', { type: 'Polygon', coordinates: [[at(0, 0), at(100, 0), at(100, 50), at(50, 50), at(50, 100), at(0, 100), at(0, 0)]] });
    const result = splitPlot(lShape, [at(-10, 50), at(110, 50)]);
    if (!result.ok) throw new Error(result.reason);
    const pieces = [result.change.changed[0]?.after.geometry as Areal, result.change.added[0]?.geometry as Areal];
    const ratios = pieces.map((g) => arealAreaM2(g) / arealAreaM2(lShape.geometry));
    expect(ratios[0]).toBeCloseTo(2 / 3, 5); // not exactly: the two parts lie at different latitudes
    expect(ratios[1]).toBeCloseTo(1 / 3, 5);
    expect(result.change.added[0]?.geometry.coordinates[0]).toHaveLength(5);
  });
});
