/**
 * Snapping the pointer to the vertices and edges of plots, parks and districts while drawing.
 * Vertices come first: any vertex within the tolerance wins over any edge, even a nearer one,
 * and is returned with exactly its coordinates (the same doubles), so a corner drawn onto a
 * district corner is that corner. Otherwise the nearest edge within the tolerance gives the
 * foot of the perpendicular from the pointer. Ties go to the feature listed first.
 *
 * The tolerance is in screen pixels. Give either the metres per pixel at the pointer (distances
 * then in the local metric plane, localProjection.ts) or the map's own lon/lat → pixel function
 * (e.g. `(p) => { const { x, y } = map.project(p); return [x, y]; }`), which also follows
 * rotation and pitch.
 *
 * @example
 *   const index = createSnapIndex([...plots, ...parks, ...districts].map((f) => f.geometry));
 *   const hit = snap(index, [lon, lat], 10, metresPerPixel);   // hit.kind: 'vertex' | 'edge' | 'none'
 */
import type { BBox, Position } from '../../domain/geometry.ts';
import { createLocalProjection } from '../localProjection.ts';
import type { SnapIndex } from './snapIndex.ts';

export type { SnapIndex } from './snapIndex.ts';
export { createSnapIndex } from './snapIndex.ts';

/** [lon, lat] → screen pixels [x, y] (e.g. map.project). */
export type ToScreen = (lonLat: Position) => readonly [number, number];

export type SnapKind = 'vertex' | 'edge' | 'none';

export interface SnapResult {
  /** the snapped position (the pointer's own when kind is 'none') */
  point: Position;
  kind: SnapKind;
  /** index of the feature in the list given to createSnapIndex; -1 for none */
  sourceIndex: number;
  /** distance from the pointer in pixels (0 for none) */
  distancePx: number;
}

export interface SnapOptions {
  /** features (indices into the list) not to snap to, e.g. the plot being edited */
  ignoreSources?: ReadonlySet<number>;
}

/** Pixel offsets from the pointer, and the lon/lat box that holds every point within the tolerance. */
interface Metric {
  toPx(x: number, y: number): [number, number];
  box: BBox;
}

const PROBE_DEG = 1e-6;

function metricOf(pointer: Position, tolerancePx: number, scale: number | ToScreen): Metric {
  const px = pointer[0] as number;
  const py = pointer[1] as number;
  let kx: number;
  let ky: number;
  let toPx: Metric['toPx'];
  if (typeof scale === 'number') {
    if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`snap: metres per pixel must be > 0, got ${scale}`);
    const projection = createLocalProjection(pointer);
    kx = projection.eastMPerDeg / scale;
    ky = projection.northMPerDeg / scale;
    toPx = (x, y) => [(x - px) * kx, (y - py) * ky];
  } else {
    const [sx, sy] = scale(pointer);
    toPx = (x, y) => {
      const [qx, qy] = scale([x, y]);
      return [qx - sx, qy - sy];
    };
    kx = Math.hypot(...toPx(px + PROBE_DEG, py)) / PROBE_DEG;
    ky = Math.hypot(...toPx(px, py + PROBE_DEG)) / PROBE_DEG;
  }
  // a circle of the tolerance on screen is within this box (1.5: margin for pitch and skew)
  const rx = (1.5 * tolerancePx) / kx;
  const ry = (1.5 * tolerancePx) / ky;
  return { toPx, box: [px - rx, py - ry, px + rx, py + ry] };
}

function nearestVertex(index: SnapIndex, metric: Metric, tolerancePx: number, ignore: ReadonlySet<number> | undefined): SnapResult | null {
  let best: SnapResult | null = null;
  for (const k of index.vertexIndex.search(metric.box)) {
    const source = index.vertexSource[k] as number;
    if (ignore?.has(source)) continue;
    const x = index.vertices[k * 2] as number;
    const y = index.vertices[k * 2 + 1] as number;
    const distancePx = Math.hypot(...metric.toPx(x, y));
    if (distancePx > tolerancePx || (best !== null && (distancePx > best.distancePx || (distancePx === best.distancePx && source >= best.sourceIndex)))) continue;
    best = { point: [x, y], kind: 'vertex', sourceIndex: source, distancePx };
  }
  return best;
}

function nearestEdge(index: SnapIndex, metric: Metric, tolerancePx: number, ignore: ReadonlySet<number> | undefined): SnapResult | null {
  let best: SnapResult | null = null;
  for (const k of index.edgeIndex.search(metric.box)) {
    const source = index.edgeSource[k] as number;
    if (ignore?.has(source)) continue;
    const x1 = index.edges[k * 4] as number;
    const y1 = index.edges[k * 4 + 1] as number;
    const x2 = index.edges[k * 4 + 2] as number;
    const y2 = index.edges[k * 4 + 3] as number;
    const [ax, ay] = metric.toPx(x1, y1);
    const [bx, by] = metric.toPx(x2, y2);
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / length2));
    const distancePx = Math.hypot(ax + t * dx, ay + t * dy);
    if (distancePx > tolerancePx || (best !== null && (distancePx > best.distancePx || (distancePx === best.distancePx && source >= best.sourceIndex)))) continue;
    best = { point: [x1 + t * (x2 - x1), y1 + t * (y2 - y1)], kind: 'edge', sourceIndex: source, distancePx };
  }
  return best;
}

/** The snapped position for the pointer (see the file comment). */
export function snap(index: SnapIndex, pointLonLat: Position, tolerancePx: number, scale: number | ToScreen, options: SnapOptions = {}): SnapResult {
  const none: SnapResult = { point: [pointLonLat[0] as number, pointLonLat[1] as number], kind: 'none', sourceIndex: -1, distancePx: 0 };
  if (!(tolerancePx > 0)) return none;
  const metric = metricOf(pointLonLat, tolerancePx, scale);
  return nearestVertex(index, metric, tolerancePx, options.ignoreSources)
    ?? nearestEdge(index, metric, tolerancePx, options.ignoreSources)
    ?? none;
}
