/**
 * Vertex editing on any plot geometry, holes and multi-part included (the drawing library
 * edits neither): move, insert (e.g. at an edge's midpoint), delete. A vertex is addressed by
 * [part, ring, index]: part 0 for a Polygon, ring 0 the outer ring, index among the ring's
 * distinct positions (the closing repeat is not counted; moving vertex 0 moves it too).
 * Results are new geometries (unchanged rings are shared) with closed rings; a ring left with
 * fewer than 3 distinct corners is refused. Self-intersection is checked by checkPlotGeometry.
 */
import type { EditRefusal } from '../../domain/edit/refusal.ts';
import { refuse } from '../../domain/edit/refusal.ts';
import type { Areal, Position, PolygonCoordinates } from '../../domain/geometry.ts';
import { closeRing, openDistinct, sameXY } from './planar.ts';

/** [part, ring, index]: part 0 for a Polygon; ring 0 is the outer ring; index of a distinct vertex. */
export type VertexPath = readonly [part: number, ring: number, index: number];

export type VertexEditResult = { ok: true; geometry: Areal } | EditRefusal;

/** The ring without its closing repeat (only the repeat is dropped, so indices are stable). */
function openOf(ring: readonly Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first !== undefined && last !== undefined && sameXY(first, last) ? ring.slice(0, -1) : ring.slice();
}

function polygonAt(geometry: Areal, part: number): PolygonCoordinates | undefined {
  if (geometry.type === 'Polygon') return part === 0 ? geometry.coordinates : undefined;
  return geometry.coordinates[part];
}

/** Applies `edit` to the open ring at the path; the edit returns the new open ring or a refusal. */
function editRing(geometry: Areal, path: VertexPath, edit: (open: Position[], index: number) => Position[] | EditRefusal): VertexEditResult {
  const [part, r, index] = path;
  const ring = polygonAt(geometry, part)?.[r];
  if (ring === undefined) return refuse('vertex-not-found', path.join('/'));
  const open = openOf(ring);
  if (!Number.isInteger(index) || index < 0 || index >= open.length) return refuse('vertex-not-found', path.join('/'));
  const edited = edit(open, index);
  if (!Array.isArray(edited)) return edited;
  if (openDistinct(edited).length < 3) return refuse('ring-too-small');
  const replaced = (polygon: PolygonCoordinates): PolygonCoordinates => polygon.map((old, k) => (k === r ? closeRing(edited) : old));
  if (geometry.type === 'Polygon') return { ok: true, geometry: { type: 'Polygon', coordinates: replaced(geometry.coordinates) } };
  return { ok: true, geometry: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon, k) => (k === part ? replaced(polygon) : polygon)) } };
}

function checkedPosition(p: Position): Position {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new RangeError(`vertex position must be finite, got ${String(p)}`);
  return [p[0] as number, p[1] as number];
}

/** The vertex at the path moved to `to`. */
export function moveVertex(geometry: Areal, path: VertexPath, to: Position): VertexEditResult {
  const position = checkedPosition(to);
  return editRing(geometry, path, (open, i) => open.map((p, k) => (k === i ? position : p)));
}

/** A new vertex `at` on the edge from vertex `index` to the next one (it becomes index + 1). */
export function insertVertex(geometry: Areal, path: VertexPath, at: Position): VertexEditResult {
  const position = checkedPosition(at);
  return editRing(geometry, path, (open, i) => [...open.slice(0, i + 1), position, ...open.slice(i + 1)]);
}

/** The vertex at the path removed; refused when its ring would keep fewer than 3 distinct corners. */
export function deleteVertex(geometry: Areal, path: VertexPath): VertexEditResult {
  return editRing(geometry, path, (open, i) => open.filter((_, k) => k !== i));
}

/** The midpoint (in lon/lat) of the edge from vertex `index` to the next, for an insert handle. */
export function edgeMidpoint(geometry: Areal, path: VertexPath): Position | null {
  const ring = polygonAt(geometry, path[0])?.[path[1]];
  if (ring === undefined) return null;
  const open = openOf(ring);
  const a = open[path[2]];
  const b = open[(path[2] + 1) % open.length];
  if (a === undefined || b === undefined) return null;
  return [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
}
