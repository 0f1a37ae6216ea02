/**
 * A large area cut to a small window around one plot (windowClip.ts), with the same result,
 * vertex for vertex, at a cost that depends on the boundary near the window rather than on the
 * whole ring.
 *
 * Sutherland–Hodgman clips a ring against x ≥ minX, x ≤ maxX, y ≥ minY, y ≤ maxY in turn. A
 * vertex that lies, with both its neighbours, outside the half-plane of one pass and inside
 * those of the passes before it adds nothing to the result: up to that pass it is copied
 * through with its neighbours and no crossing point between them, and that pass drops all
 * three with no crossing point either, exactly as it drops the two neighbours alone. So each
 * ring is prepared once as runs of CHUNK vertices with their boxes; a run whose box lies wholly
 * in one such class (west of the window; east of it; south of it within its longitudes; north
 * of it within its longitudes) keeps only its first and last vertex, and the shortened ring is
 * clipped by windowClip.ts itself.
 */
import type { BBox, PolygonCoordinates, Position, Ring } from '../domain/geometry.ts';
import { openRing } from './ring.ts';
import { clipRingToWindow } from './windowClip.ts';

const CHUNK = 16;

/** A ring's distinct positions (no closing repeat) and the box of each run of CHUNK of them. */
export interface ChunkedRing {
  points: Position[];
  boxes: Float64Array;
}

export function chunkRing(ring: Ring): ChunkedRing {
  const points = openRing(ring);
  const boxes = new Float64Array(Math.ceil(points.length / CHUNK) * 4);
  for (let c = 0; c * CHUNK < points.length; c++) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = c * CHUNK; i < Math.min(points.length, (c + 1) * CHUNK); i++) {
      const x = (points[i] as Position)[0] as number;
      const y = (points[i] as Position)[1] as number;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    boxes.set([minX, minY, maxX, maxY], c * 4);
  }
  return { points, boxes };
}

/** True when every vertex of the run with this box is in one class of droppable vertices. */
function runDroppable(boxes: Float64Array, c: number, window: BBox): boolean {
  const minX = boxes[c * 4] as number;
  const minY = boxes[c * 4 + 1] as number;
  const maxX = boxes[c * 4 + 2] as number;
  const maxY = boxes[c * 4 + 3] as number;
  if (maxX < window[0] || minX > window[2]) return true;
  const withinLongitudes = minX >= window[0] && maxX <= window[2];
  return withinLongitudes && (maxY < window[1] || minY > window[3]);
}

/** The ring with the inner vertices of droppable runs left out. */
function shortened(ring: ChunkedRing, window: BBox): Position[] {
  const { points, boxes } = ring;
  const kept: Position[] = [];
  for (let c = 0; c * CHUNK < points.length; c++) {
    const start = c * CHUNK;
    const end = Math.min(points.length, start + CHUNK);
    if (end - start > 2 && runDroppable(boxes, c, window)) {
      kept.push(points[start] as Position, points[end - 1] as Position);
    } else {
      for (let i = start; i < end; i++) kept.push(points[i] as Position);
    }
  }
  return kept;
}

/** `clipRingToWindow(ring, window)` of windowClip.ts, from the chunked ring. */
export function clipChunkedRingToWindow(ring: Ring, chunked: ChunkedRing, window: BBox): Ring {
  const kept = shortened(chunked, window);
  const first = kept[0];
  const last = kept[kept.length - 1];
  // a shortened ring that happens to end on its first position would lose that position
  // to windowClip's closing-repeat rule: clip the whole ring instead
  if (kept.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) {
    return clipRingToWindow(ring, window);
  }
  return clipRingToWindow(kept, window);
}

/** `clipPolygonsToWindow` of windowClip.ts, ring for ring, from the chunked rings. */
export function clipChunkedPolygonsToWindow(
  polygons: readonly PolygonCoordinates[],
  ringBoxes: readonly BBox[][],
  chunks: readonly ChunkedRing[][],
  window: BBox,
): PolygonCoordinates[] {
  const result: PolygonCoordinates[] = [];
  polygons.forEach((polygon, p) => {
    const rings: Ring[] = [];
    polygon.forEach((ring, r) => {
      const box = ringBoxes[p]?.[r];
      const chunked = chunks[p]?.[r];
      if (box === undefined || r > 0 && rings.length === 0) return;
      if (box[2] < window[0] || box[0] > window[2] || box[3] < window[1] || box[1] > window[3]) return;
      const inside = box[0] >= window[0] && box[2] <= window[2] && box[1] >= window[1] && box[3] <= window[3];
      const clipped = inside ? ring : chunked === undefined ? clipRingToWindow(ring, window) : clipChunkedRingToWindow(ring, chunked, window);
      if (clipped.length >= 4) rings.push(clipped);
    });
    if (rings.length > 0) result.push(rings);
  });
  return result;
}
