import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/domain/geometry.ts';
import { createSnapIndex, snap } from '../../../src/geo/edit/snap.ts';
import type { ToScreen } from '../../../src/geo/edit/snap.ts';
import { at, rectM } from './fixtures.ts';

// a district with a corner on awkward digits, a plot whose west edge passes 1.5 m east of it
const corner: Position = [117.00108355906262, 34.000901306894995];
const district = { type: 'Polygon' as const, coordinates: [[at(0, 0), [corner[0] as number, at(100, 0)[1] as number], corner, at(0, 100), at(0, 0)]] };
const plot = rectM(101.5, 50, 200, 150);
const index = createSnapIndex([district, plot]);
const pointer = at(101, 99.6); // ≈ 1.05 m from the corner, 0.5 m from the plot's west edge
const metresPerPixel = 0.25; // 10 px = 2.5 m

/** Web Mercator at zoom 19 (256-px tiles): about 0.25 m per pixel at 34° N. */
const mercator: ToScreen = (p) => {
  const world = 256 * 2 ** 19;
  const lat = ((p[1] as number) * Math.PI) / 180;
  return [(((p[0] as number) + 180) / 360) * world, (0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI)) * world];
};

describe('snap', () => {
  it('prefers a vertex within the tolerance to a nearer edge, and returns exactly its coordinates', () => {
    const hit = snap(index, pointer, 10, metresPerPixel);
    expect(hit.kind).toBe('vertex');
    expect(hit.sourceIndex).toBe(0);
    expect(hit.point).toEqual(corner);
    expect(hit.point[0]).toBe(117.00108355906262);
    expect(hit.point[1]).toBe(34.000901306894995);
  });

  it('measures the distance in pixels: 1.05 m is 4.2 px at 0.25 m per pixel', () => {
    expect(snap(index, pointer, 10, metresPerPixel).distancePx).toBeCloseTo(Math.hypot(1, 0.4) / metresPerPixel, 1);
  });

  it('falls back to the foot of the perpendicular on the edge when no vertex is within the tolerance', () => {
    const hit = snap(index, pointer, 3, metresPerPixel); // 0.75 m: the corner is out, the edge 0.5 m away is in
    expect(hit.kind).toBe('edge');
    expect(hit.sourceIndex).toBe(1);
    expect(hit.point[0]).toBeCloseTo(at(101.5, 0)[0] as number, 12);
    expect(hit.point[1]).toBeCloseTo(pointer[1] as number, 12);
    expect(hit.distancePx).toBeCloseTo(0.5 / metresPerPixel, 2);
  });

  it('leaves the pointer where it is when nothing is within the tolerance', () => {
    const far = at(300, 300);
    expect(snap(index, far, 10, metresPerPixel)).toEqual({ point: far, kind: 'none', sourceIndex: -1, distancePx: 0 });
  });

  it('works the same with the map’s own lon/lat-to-pixel function', () => {
    expect(snap(index, pointer, 10, mercator)).toMatchObject({ kind: 'vertex', point: corner, sourceIndex: 0 });
    expect(snap(index, pointer, 3, mercator)).toMatchObject({ kind: 'edge', sourceIndex: 1 });
  });

  it('skips the features it is told to ignore (the plot being edited)', () => {
    expect(snap(index, pointer, 10, metresPerPixel, { ignoreSources: new Set([0]) })).toMatchObject({ kind: 'edge', sourceIndex: 1 });
  });

  it('snaps to a vertex shared by two features with the same numbers whichever it comes from', () => {
    const twin = createSnapIndex([rectM(0, 0, 100, 100), rectM(100, 0, 200, 100)]);
    const hit = snap(twin, at(100.3, 0.2), 10, metresPerPixel);
    expect(hit).toMatchObject({ kind: 'vertex', sourceIndex: 0, point: at(100, 0) });
  });

  it('refuses a non-positive scale (a programmer error)', () => {
    expect(() => snap(index, pointer, 10, 0)).toThrow(RangeError);
  });

  it('measures the tolerance in metres on the ground: 2 m from an edge is in at 9 px and out at 7 px', () => {
    const twoMetresEast = at(103.5, 100); // the plot's west edge is at 101.5 m
    expect(snap(index, twoMetresEast, 9, metresPerPixel).kind).toBe('edge'); // 2.25 m
    expect(snap(index, twoMetresEast, 7, metresPerPixel).kind).toBe('none'); // 1.75 m
  });
});
