import { describe, expect, it } from 'vitest';
import type { Areal, Position } from '../../../src/domain/geometry.ts';
import { applyChangeSet } from '../../../src/domain/changeSet.ts';
import { arealAreaM2 } from '../../../src/geo/area.ts';
import { lonLatPolygonsAreaM2 } from '../../../src/geo/lonLatArea.ts';
import { polygonsOf } from '../../../src/domain/geometry.ts';
import { splitPlot } from '../../../src/geo/edit/split.ts';
import { findPolygonDefects } from '../../../src/geo/validate/index.ts';
import { geodesicAreaM2, parallelBoxAreaM2, relativeError } from '../geo/oracles.ts';
import { at, plotOf, polygonM, rectM, vertexKeys } from './fixtures.ts';

/** The overlay's additive measure (lon/lat-straight edges), under which cut pieces add up exactly. */
function additiveM2(geometry: Areal): number {
  return lonLatPolygonsAreaM2(polygonsOf(geometry));
}

function piecesOf(result: ReturnType<typeof splitPlot>): Areal[] {
  if (!result.ok) throw new Error(`expected a split, got ${result.reason}`);
  return [...result.change.changed.map((c) => c.after.geometry), ...result.change.added.map((p) => p.geometry)];
}

const square = plotOf('N-012-03', rectM(0, 0, 100, 100), { investment: 5000 });
const [west, south] = at(0, 0) as [number, number];
const [east, north] = at(100, 100) as [number, number];
const cutLon = (at(30, 0) as [number, number])[0];

describe('splitPlot on a square', () => {
  const result = splitPlot(square, [at(30, -10), at(30, 110)], { existingIds: ['N-012-03', 'N-012-04', 'S-001-01'] });

  it('cuts a 100 m square along a meridian 30 m from its west edge into 30 % and 70 % of its area', () => {
    const [kept, cut] = piecesOf(result) as [Areal, Areal];
    // the region between two meridians and two parallels: its area is linear in the longitude span
    expect(relativeError(arealAreaM2(cut), parallelBoxAreaM2(west, south, cutLon, north))).toBeLessThan(1e-5);
    expect(relativeError(arealAreaM2(kept), parallelBoxAreaM2(cutLon, south, east, north))).toBeLessThan(1e-5);
    expect(relativeError(arealAreaM2(cut) / arealAreaM2(square.geometry), (cutLon - west) / (east - west))).toBeLessThan(1e-9);
  });

  it('gives pieces that share the cut edge exactly and add up to the square', () => {
    const [kept, cut] = piecesOf(result) as [Areal, Areal];
    const shared = [...vertexKeys(kept)].filter((k) => vertexKeys(cut).has(k));
    expect(shared.sort()).toEqual([`${cutLon},${south}`, `${cutLon},${north}`].sort());
    expect(relativeError(additiveM2(kept) + additiveM2(cut), additiveM2(square.geometry))).toBeLessThan(1e-9);
  });

  it('keeps the id on the larger piece and gives the other the next code of the same block', () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.pieceIds).toEqual(['N-012-03', 'N-012-05']);
    expect(result.change.changed[0]?.after.id).toBe('N-012-03');
    expect(result.change.added.map((p) => p.id)).toEqual(['N-012-05']);
  });

  it('copies the properties verbatim to every piece, with the new code in the bag of the new one', () => {
    if (!result.ok) throw new Error(result.reason);
    const added = result.change.added[0];
    expect(added?.properties).toEqual({ ...square.properties, id: 'N-012-05' });
    expect(added?.attributes).toEqual(square.attributes);
    expect(result.change.changed[0]?.after.properties).toBe(square.properties);
  });

  it('is undone exactly by applying the inverse change', () => {
    if (!result.ok) throw new Error(result.reason);
    const before = new Map([[square.id, square]]);
    const after = applyChangeSet(before, result.change);
    expect([...after.keys()].sort()).toEqual(['N-012-03', 'N-012-05']);
  });

  it('splits from corner to corner into the two triangles, measured like GeographicLib', () => {
    const pieces = piecesOf(splitPlot(square, [at(0, 0), at(100, 100)]));
    const triangles = [polygonM([[0, 0], [100, 0], [100, 100]]), polygonM([[0, 0], [100, 100], [0, 100]])];
    const expected = triangles.map(geodesicAreaM2).sort();
    expect(pieces.map(arealAreaM2).sort().map((a, i) => relativeError(a, expected[i] as number))).toEqual([
      expect.closeTo(0, 6), expect.closeTo(0, 6),
    ]);
    expect(relativeError(pieces.map(additiveM2).reduce((x, y) => x + y), additiveM2(square.geometry))).toBeLessThan(1e-12);
  });

  it('gives three pieces to a line that crosses the square twice', () => {
    const pieces = piecesOf(splitPlot(square, [at(20, -10), at(20, 110), at(60, 110), at(60, -10)]));
    expect(pieces).toHaveLength(3);
    const totals = pieces.map((g) => arealAreaM2(g) / arealAreaM2(square.geometry)).sort();
    expect(totals[0]).toBeCloseTo(0.2, 6);
    expect(totals[1]).toBeCloseTo(0.4, 6);
    expect(totals[2]).toBeCloseTo(0.4, 6);
  });

  it('accepts a line whose ends were snapped onto the edges with rounded digits', () => {
    const onSouth: Position = [cutLon, south + 1e-15];
    const onNorth: Position = [cutLon, north - 3e-16];
    expect(piecesOf(splitPlot(square, [onSouth, onNorth]))).toHaveLength(2);
  });
});

describe('splitPlot on other shapes', () => {
  it('cuts the foot off an L-shape with a line through the notch: 25 m × 50 m and the rest', () => {
    const lShape = plotOf('L-1', polygonM([[0, 0], [100, 0], [100, 50], [50, 50], [50, 100], [0, 100]]));
    const pieces = piecesOf(splitPlot(lShape, [at(75, -10), at(75, 120)]));
    expect(pieces).toHaveLength(2);
    const small = pieces[1] as Areal;
    const [x75, y0] = at(75, 0) as [number, number];
    const [x100, y50] = at(100, 50) as [number, number];
    expect(relativeError(arealAreaM2(small), parallelBoxAreaM2(x75, y0, x100, y50))).toBeLessThan(1e-5);
    // exactly under the additive measure; geodesic areas within the lune between the bottom
    // edge's geodesic and its lon/lat chord, where the cut point sits (~L·tanφ/12R)
    expect(relativeError(additiveM2(pieces[0] as Areal) + additiveM2(small), additiveM2(lShape.geometry))).toBeLessThan(1e-9);
    expect(relativeError(arealAreaM2(pieces[0] as Areal) + arealAreaM2(small), arealAreaM2(lShape.geometry))).toBeLessThan(1e-6);
  });

  const holed = plotOf('H-01', polygonM([[0, 0], [100, 0], [100, 100], [0, 100]], [[30, 30], [30, 70], [70, 70], [70, 30]]));

  it('cuts a plot through its hole into two notched halves without holes', () => {
    const pieces = piecesOf(splitPlot(holed, [at(50, -10), at(50, 110)]));
    expect(pieces.map((g) => g.type === 'Polygon' && g.coordinates.length)).toEqual([1, 1]);
    const half = geodesicAreaM2(holed.geometry) / 2;
    for (const piece of pieces) expect(relativeError(arealAreaM2(piece), half)).toBeLessThan(1e-6);
  });

  it('keeps the hole in the piece around it when the line passes beside the hole', () => {
    const pieces = piecesOf(splitPlot(holed, [at(20, -10), at(20, 110)]));
    const [kept, strip] = pieces as [Areal, Areal];
    expect(kept.type === 'Polygon' && kept.coordinates.length).toBe(2);
    const [x0, y0] = at(0, 0) as [number, number];
    const [x20, y100] = at(20, 100) as [number, number];
    expect(relativeError(arealAreaM2(strip), parallelBoxAreaM2(x0, y0, x20, y100))).toBeLessThan(1e-5);
    for (const piece of pieces) {
      const polygon = piece.type === 'Polygon' ? piece.coordinates : [];
      expect(findPolygonDefects(polygon).crossings).toBe(0);
    }
  });

  it('leaves the parts of a MultiPolygon that the line does not cut with the piece that keeps the id', () => {
    const two: Areal = { type: 'MultiPolygon', coordinates: [rectM(0, 0, 100, 100).coordinates, rectM(200, 0, 240, 100).coordinates] };
    const result = splitPlot(plotOf('M-01', two), [at(80, -10), at(80, 110)]);
    const [kept, cut] = piecesOf(result) as [Areal, Areal];
    expect(kept.type).toBe('MultiPolygon');
    expect(cut.type).toBe('Polygon');
    expect(arealAreaM2(cut) / arealAreaM2(two)).toBeCloseTo(20 / 140, 6);
  });
});

describe('splitPlot refusals', () => {
  it('refuses a line that ends inside the plot', () => {
    expect(splitPlot(square, [at(30, -10), at(30, 50)])).toMatchObject({ ok: false, reason: 'line-ends-inside' });
  });

  it('refuses a line that does not reach the plot', () => {
    expect(splitPlot(square, [at(130, -10), at(130, 110)])).toMatchObject({ ok: false, reason: 'line-does-not-cross' });
  });

  it('refuses a line that runs along the edge of the plot only', () => {
    expect(splitPlot(square, [at(0, -10), at(0, 110)])).toMatchObject({ ok: false, reason: 'line-does-not-cross' });
  });

  it('refuses a line that crosses itself', () => {
    const bowTie = [at(-10, -10), at(110, 110), at(110, -10), at(-10, 110)];
    expect(splitPlot(square, bowTie)).toMatchObject({ ok: false, reason: 'line-self-intersects' });
  });

  it('refuses a line of a single point', () => {
    expect(splitPlot(square, [at(30, -10), at(30, -10)])).toMatchObject({ ok: false, reason: 'line-too-short' });
  });

  it('refuses a line from inside the hole to outside the plot: the plot stays in one piece', () => {
    const holed = plotOf('H-01', polygonM([[0, 0], [100, 0], [100, 100], [0, 100]], [[30, 30], [30, 70], [70, 70], [70, 30]]));
    const result = splitPlot(holed, [at(50, 50), at(50, 120)]);
    expect(result).toMatchObject({ ok: false, reason: 'line-does-not-divide' });
    if (!result.ok) expect(result.messageZh).toContain('未将其分成');
  });
});
