/**
 * The live readout while drawing or editing: the shape's area (holes subtract), its perimeter
 * and the length of the edge under the cursor. Area is the core's ellipsoidal area, the same
 * function the engine measures plots with; lengths use a local tangent plane per edge (below
 * 1e-6 relative for edges under 5 km). Memoised on the draft object.
 */
import type { Areal, Position } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import { arealAreaM2 } from '../geo/area.ts';
import { createLocalProjection, toLocalM } from '../geo/localProjection.ts';
import type { DraftShape } from './editTypes.ts';

export interface DraftReadout {
  /** null for a line (the split tool) */
  areaM2: number | null;
  /** the outline's length (all rings), or the line's length */
  perimeterM: number;
  /** the edge being drawn or dragged; null when none */
  edgeM: number | null;
  /** for a move: how far the plots moved */
  moveM: number | null;
}

/** Length of a segment in metres. */
export function segmentLengthM(a: Position, b: Position): number {
  const mid = [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
  const projection = createLocalProjection(mid);
  const [ax, ay] = toLocalM(projection, a);
  const [bx, by] = toLocalM(projection, b);
  return Math.hypot(bx - ax, by - ay);
}

export function pathLengthM(points: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += segmentLengthM(points[i - 1] as Position, points[i] as Position);
  return total;
}

function outlineLengthM(geometry: Areal): number {
  return polygonsOf(geometry).reduce((sum, rings) => sum + rings.reduce((s, ring) => s + pathLengthM(ring), 0), 0);
}

function hasArea(geometry: Areal): boolean {
  return polygonsOf(geometry).some((rings) => new Set((rings[0] ?? []).map((p) => `${p[0]},${p[1]}`)).size >= 3);
}

let last: { draft: DraftShape; readout: DraftReadout } | null = null;

export function draftReadoutOf(draft: DraftShape | null): DraftReadout | null {
  if (draft === null) return null;
  if (last?.draft === draft) return last.readout;
  const { geometry, currentEdge, moveDelta } = draft;
  const edgeM = currentEdge === null ? null : segmentLengthM(currentEdge[0], currentEdge[1]);
  const moveM = moveDelta === null ? null : moveLengthM(geometry, moveDelta);
  const readout: DraftReadout = geometry.type === 'LineString'
    ? { areaM2: null, perimeterM: pathLengthM(geometry.coordinates), edgeM, moveM }
    : { areaM2: hasArea(geometry) ? arealAreaM2(geometry) : 0, perimeterM: outlineLengthM(geometry), edgeM, moveM };
  last = { draft, readout };
  return readout;
}

/** How far a shape moved by [dLon, dLat], measured at its first vertex. */
function moveLengthM(geometry: Areal | { type: 'LineString'; coordinates: Position[] }, delta: readonly [number, number]): number {
  const first = geometry.type === 'LineString' ? geometry.coordinates[0] : polygonsOf(geometry)[0]?.[0]?.[0];
  if (first === undefined) return 0;
  return segmentLengthM([(first[0] as number) - delta[0], (first[1] as number) - delta[1]], first);
}
