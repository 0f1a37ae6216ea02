/**
 * Hexagon density grid for the map (DESIGN.md §3, default 250 m): counts plot centroids and sums
 * plot areas per hexagon.
 *
 * Hexagons are flat-topped, `cellSizeM` is the side length (= centre-to-corner radius, as
 * turf.hexGrid's cellSide), laid out in a local tangent plane (geo/localProjection.ts) around
 * `origin`. Cells are keyed by axial coordinates "q,r" (redblobgames.com/grids/hexagons):
 * centre x = size·3/2·q, y = size·√3·(r + q/2) metres east/north of the origin. Give a fixed
 * origin (the engine uses the centre of the districts) so the grid does not move as plots change;
 * by default it is the mean of the points.
 */
import type { Position } from '../domain/geometry.ts';
import type { LocalProjection } from '../geo/localProjection.ts';
import { createLocalProjection, fromLocalM, toLocalM } from '../geo/localProjection.ts';
import type { HexCell } from './types.ts';

export const DEFAULT_HEX_CELL_SIZE_M = 250;
const SQRT3 = Math.sqrt(3);

export interface HexGridOptions {
  /** side length of a hexagon, metres (default 250) */
  cellSizeM?: number;
  /** [lon, lat] of the centre of hexagon "0,0" (default: mean of the points) */
  origin?: Position;
}

export interface HexPoint {
  centroid: Position;
  areaM2: number;
}

/** Axial coordinates of the hexagon holding the planar point (x, y), by cube rounding. */
export function axialOf(xM: number, yM: number, sizeM: number): [number, number] {
  const q = ((2 / 3) * xM) / sizeM;
  const r = ((-1 / 3) * xM + (SQRT3 / 3) * yM) / sizeM;
  const s = -q - r;
  let rq = Math.round(q);
  let rr = Math.round(r);
  const rs = Math.round(s);
  const dq = Math.abs(rq - q);
  const dr = Math.abs(rr - r);
  const ds = Math.abs(rs - s);
  if (dq > dr && dq > ds) rq = -rr - rs;
  else if (dr > ds) rr = -rq - rs;
  return [rq + 0, rr + 0];
}

/** Centre of hexagon (q, r) in metres east/north of the origin. */
export function hexCentreM(q: number, r: number, sizeM: number): [number, number] {
  return [sizeM * 1.5 * q, sizeM * SQRT3 * (r + q / 2)];
}

function hexRing(q: number, r: number, sizeM: number, projection: LocalProjection): number[][] {
  const [cx, cy] = hexCentreM(q, r, sizeM);
  const ring: number[][] = [];
  for (let corner = 0; corner <= 6; corner++) {
    const angle = ((corner % 6) * Math.PI) / 3;
    ring.push(fromLocalM(projection, cx + sizeM * Math.cos(angle), cy + sizeM * Math.sin(angle)));
  }
  return ring;
}

function meanOf(points: readonly HexPoint[]): Position {
  let lon = 0;
  let lat = 0;
  let count = 0;
  for (const p of points) {
    if (!Number.isFinite(p.centroid[0]) || !Number.isFinite(p.centroid[1])) continue;
    lon += p.centroid[0] as number;
    lat += p.centroid[1] as number;
    count += 1;
  }
  return count > 0 ? [lon / count, lat / count] : [0, 0];
}

/** The occupied hexagons, ordered by r then q. */
export function hexGrid(points: readonly HexPoint[], options: HexGridOptions = {}): HexCell[] {
  const sizeM = options.cellSizeM ?? DEFAULT_HEX_CELL_SIZE_M;
  if (!(sizeM > 0)) throw new RangeError(`hexagon size must be > 0 m, got ${sizeM}`);
  const projection = createLocalProjection(options.origin ?? meanOf(points));
  const cells = new Map<string, { q: number; r: number; plotCount: number; areaM2: number }>();
  for (const point of points) {
    if (!Number.isFinite(point.centroid[0]) || !Number.isFinite(point.centroid[1])) continue;
    const [x, y] = toLocalM(projection, point.centroid);
    const [q, r] = axialOf(x, y, sizeM);
    const key = `${q},${r}`;
    const cell = cells.get(key) ?? { q, r, plotCount: 0, areaM2: 0 };
    cell.plotCount += 1;
    cell.areaM2 += point.areaM2;
    cells.set(key, cell);
  }
  return [...cells.entries()]
    .sort(([, a], [, b]) => a.r - b.r || a.q - b.q)
    .map(([key, cell]) => ({ key, plotCount: cell.plotCount, areaM2: cell.areaM2, ring: hexRing(cell.q, cell.r, sizeM, projection) }));
}
