/**
 * Plane geometry of the generator, in metres on a local plane (x east, y north).
 * Rings are open (the closing vertex is added only when writing GeoJSON); outer rings run
 * counter-clockwise, holes clockwise.
 */
export type XY = [number, number];
export type RingXY = XY[];
/** outer ring first, then holes */
export type PolygonXY = RingXY[];
/** one or more polygons: a plot, a district or a park */
export type ShapeXY = PolygonXY[];

export interface BoxXY {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Shoelace area, positive for a counter-clockwise ring, m². */
export function signedRingAreaM2(ring: RingXY): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as XY;
    const [x2, y2] = ring[(i + 1) % ring.length] as XY;
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

/** Area of a shape with holes subtracted and parts added, m². */
export function shapeAreaM2(shape: ShapeXY): number {
  let area = 0;
  for (const polygon of shape) {
    polygon.forEach((ring, index) => {
      const ringArea = Math.abs(signedRingAreaM2(ring));
      area += index === 0 ? ringArea : -ringArea;
    });
  }
  return area;
}

/** Area-weighted centroid of the outer rings of a shape. */
export function shapeCentroid(shape: ShapeXY): XY {
  let sumX = 0, sumY = 0, sumA = 0;
  for (const polygon of shape) {
    const ring = polygon[0] ?? [];
    for (let i = 0; i < ring.length; i++) {
      const [x1, y1] = ring[i] as XY;
      const [x2, y2] = ring[(i + 1) % ring.length] as XY;
      const cross = x1 * y2 - x2 * y1;
      sumX += (x1 + x2) * cross;
      sumY += (y1 + y2) * cross;
      sumA += cross;
    }
  }
  return [sumX / (3 * sumA), sumY / (3 * sumA)];
}

export function rectRing(minX: number, minY: number, maxX: number, maxY: number): RingXY {
  return [[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY]];
}

/** Even-odd test of a point against a ring. */
export function pointInRing(point: XY, ring: RingXY): boolean {
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as XY;
    const [xj, yj] = ring[j] as XY;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Do the closed segments ab and cd cross or touch? */
export function segmentsIntersect(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && onSegment(c, d, a)) || (d2 === 0 && onSegment(c, d, b))
    || (d3 === 0 && onSegment(a, b, c)) || (d4 === 0 && onSegment(a, b, d));
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function onSegment(a: XY, b: XY, p: XY): boolean {
  return Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0])
    && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);
}
