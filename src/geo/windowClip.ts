/**
 * Sutherland–Hodgman clipping of rings to an axis-aligned window [minX, minY, maxX, maxY].
 *
 * The overlay cuts a large district down to a window around one plot before handing both to
 * the general clipper, so a clip costs O(plot + nearby boundary) instead of O(district).
 * The result of a ring may have zero-width spurs along the window edge; they lie outside a plot
 * that is strictly inside the window and the general clipper (non-zero rule) ignores them.
 * Crossing points are computed from the edge's endpoints in a canonical order, so an edge
 * shared by two neighbours yields the same point for both.
 */
import type { BBox, PolygonCoordinates, Position, Ring } from '../domain/geometry.ts';
import { openRing } from './ring.ts';

type Inside = (p: Position) => boolean;
type Cross = (a: Position, b: Position) => Position;

function crossAtX(x: number): Cross {
  return (a, b) => {
    const [p, q] = (a[0] as number) <= (b[0] as number) ? [a, b] : [b, a];
    const t = (x - (p[0] as number)) / ((q[0] as number) - (p[0] as number));
    return [x, (p[1] as number) + t * ((q[1] as number) - (p[1] as number))];
  };
}

function crossAtY(y: number): Cross {
  return (a, b) => {
    const [p, q] = (a[1] as number) <= (b[1] as number) ? [a, b] : [b, a];
    const t = (y - (p[1] as number)) / ((q[1] as number) - (p[1] as number));
    return [(p[0] as number) + t * ((q[0] as number) - (p[0] as number)), y];
  };
}

function clipAgainst(points: Position[], inside: Inside, cross: Cross): Position[] {
  const out: Position[] = [];
  let prev = points[points.length - 1];
  if (prev === undefined) return out;
  let prevIn = inside(prev);
  for (const cur of points) {
    const curIn = inside(cur);
    if (curIn !== prevIn) out.push(cross(prev, cur));
    if (curIn) out.push(cur);
    prev = cur;
    prevIn = curIn;
  }
  return out;
}

/** The part of a ring inside the window, as a closed ring; [] when nothing is left. */
export function clipRingToWindow(ring: Ring, window: BBox): Ring {
  const [minX, minY, maxX, maxY] = window;
  let points = openRing(ring);
  points = clipAgainst(points, (p) => (p[0] as number) >= minX, crossAtX(minX));
  points = clipAgainst(points, (p) => (p[0] as number) <= maxX, crossAtX(maxX));
  points = clipAgainst(points, (p) => (p[1] as number) >= minY, crossAtY(minY));
  points = clipAgainst(points, (p) => (p[1] as number) <= maxY, crossAtY(maxY));
  const first = points[0];
  if (points.length < 3 || first === undefined) return [];
  points.push(first);
  return points;
}

/**
 * Polygons cut to the clip window; `ringBoxes[p][r]` is the box of ring r of polygon p: rings
 * wholly inside the window are kept as they are, rings wholly outside it are dropped
 * (a polygon whose outer ring is dropped is dropped with its holes).
 */
export function clipPolygonsToWindow(
  polygons: readonly PolygonCoordinates[],
  ringBoxes: readonly BBox[][],
  window: BBox,
): PolygonCoordinates[] {
  const result: PolygonCoordinates[] = [];
  polygons.forEach((polygon, p) => {
    const rings: Ring[] = [];
    polygon.forEach((ring, r) => {
      const box = ringBoxes[p]?.[r];
      if (box === undefined || r > 0 && rings.length === 0) return;
      if (box[2] < window[0] || box[0] > window[2] || box[3] < window[1] || box[1] > window[3]) return;
      const inside = box[0] >= window[0] && box[2] <= window[2] && box[1] >= window[1] && box[3] <= window[3];
      const clipped = inside ? ring : clipRingToWindow(ring, window);
      if (clipped.length >= 4) rings.push(clipped);
    });
    if (rings.length > 0) result.push(rings);
  });
  return result;
}
