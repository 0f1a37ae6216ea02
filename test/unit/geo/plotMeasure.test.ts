import { describe, expect, it } from 'vitest';
import type { Areal, Ring } from '../../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../../src/geo/area.ts';
import { arealCentroid } from '../../../src/geo/centroid.ts';
import { outerRingsBBox } from '../../../src/geo/outerBBox.ts';
import type { ArealMeasures } from '../../../src/geo/plotMeasure.ts';
import { measureArealInto } from '../../../src/geo/plotMeasure.ts';
import { geodesicAreaM2, relativeError } from './oracles.ts';
import { lShapeM, multiPolygon, polygon, squareM, triangleM } from './shapes.ts';

function measure(geometry: Areal): ArealMeasures {
  return measureArealInto(geometry, { bbox: [0, 0, 0, 0], areaM2: NaN, centroid: [NaN, NaN] });
}

/** The three separate functions' results, as the one pass must give them, bit for bit. */
function expectSameBitsAsApart(geometry: Areal): void {
  const one = measure(geometry);
  const apart = [...outerRingsBBox(geometry), arealAreaM2(geometry), ...arealCentroid(geometry)];
  const got = [...one.bbox, one.areaM2, ...one.centroid];
  got.forEach((value, i) => expect(Object.is(value, apart[i]), `value ${i}: ${value} vs ${apart[i]}`).toBe(true));
}

/** A small random polygon around [lon, lat] (a star of n vertices), deterministic from `seed`. */
function randomStar(seed: number, n: number, closed: boolean): Areal {
  let state = seed;
  const next = (): number => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const lon = 100 + 20 * next();
  const lat = 18 + 36 * next();
  const ring: Ring = [];
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / n;
    const r = 0.001 + 0.004 * next();
    ring.push([lon + r * Math.cos(angle), lat + r * Math.sin(angle)]);
  }
  if (closed) ring.push([...(ring[0] as number[])]);
  return polygon(ring);
}

describe('measureArealInto', () => {
  it('finds the box and the hand-computed centroid (5/6, 5/6 of the half-side) of an L', () => {
    const d = 0.001;
    const l = polygon([[116, 34], [116 + 2 * d, 34], [116 + 2 * d, 34 + d], [116 + d, 34 + d], [116 + d, 34 + 2 * d], [116, 34 + 2 * d], [116, 34]]);
    const m = measure(l);
    expect(m.bbox).toEqual([116, 34, 116 + 2 * d, 34 + 2 * d]);
    expect((m.centroid[0] - 116) / d).toBeCloseTo(5 / 6, 5);
    expect((m.centroid[1] - 34) / d).toBeCloseTo(5 / 6, 5);
  });

  it('measures the area of a 500 m L-shape within 1e-6 of GeographicLib', () => {
    const l = lShapeM(116.3, 34, 500);
    expect(relativeError(measure(l).areaM2, geodesicAreaM2(l))).toBeLessThan(1e-6);
  });

  it('gives the same bits as outerRingsBBox, arealAreaM2 and arealCentroid on squares, Ls and triangles', () => {
    for (const shape of [squareM(116.3, 34, 80), lShapeM(110, 50, 900), triangleM(120.5, 22, 300)]) expectSameBitsAsApart(shape);
  });

  it('gives the same bits on 500 random rings, open and closed, of either winding', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const star = randomStar(seed, 3 + (seed % 14), seed % 2 === 0);
      expectSameBitsAsApart(star);
      const reversed = polygon([...((star.coordinates as Ring[])[0] as Ring)].reverse());
      expectSameBitsAsApart(reversed);
    }
  });

  it('gives the same bits for a polygon with a hole, a MultiPolygon, a two-vertex ring and a flat ring', () => {
    const outer = (squareM(116.3, 34, 200).coordinates as Ring[])[0] as Ring;
    const hole = [...((squareM(116.3005, 34.0005, 50).coordinates as Ring[])[0] as Ring)].reverse();
    expectSameBitsAsApart(polygon(outer, hole));
    expectSameBitsAsApart(multiPolygon(squareM(116.3, 34, 100), lShapeM(116.31, 34, 100)));
    expectSameBitsAsApart(polygon([[116, 34], [116.001, 34.001]]));
    expectSameBitsAsApart(polygon([[116, 34], [116.001, 34.001], [116.002, 34.002], [116, 34]]));
  });

  it('writes the box into the array it is given and a new centroid each time', () => {
    const into: ArealMeasures = { bbox: [0, 0, 0, 0], areaM2: 0, centroid: [0, 0] };
    const box = into.bbox;
    const first = measureArealInto(squareM(116.3, 34, 80), into).centroid;
    measureArealInto(squareM(117.3, 35, 80), into);
    expect(into.bbox).toBe(box);
    expect(into.centroid).not.toBe(first);
  });
});
