/**
 * The faces of a polygon cut by chords: the rings (interior on the left of every edge: outer
 * rings anticlockwise, holes clockwise) and the chords (each a segment through the interior
 * between two ring vertices) form a planar graph; each ring edge is walked one way, each chord
 * both ways. Walking always turns as far left as possible (at each vertex, the first outgoing
 * edge clockwise from the way back) traces the boundary of each face with the face on the left.
 * A walk that passes a vertex twice is split there into simple cycles. Anticlockwise cycles
 * are outer rings, clockwise ones are holes, given to the smallest outer ring around them.
 */
import type { Position } from '../../domain/geometry.ts';
import { pointInRing, pointOnSegment } from '../pointInPolygon.ts';
import { planarSignedArea2, xyKey } from './planar.ts';

interface HalfEdge {
  from: number;
  to: number;
  angle: number;
  chord: boolean;
  used: boolean;
}

interface Graph {
  vertices: Position[];
  ids: Map<string, number>;
  edges: HalfEdge[];
  outgoing: number[][];
}

export interface Face {
  /** open rings: the outer ring first, then its holes */
  rings: Position[][];
  /** the outer ring runs along at least one chord */
  cut: boolean;
}

function vertexId(g: Graph, p: Position): number {
  const key = xyKey(p);
  let id = g.ids.get(key);
  if (id === undefined) {
    id = g.vertices.length;
    g.vertices.push(p);
    g.ids.set(key, id);
    g.outgoing.push([]);
  }
  return id;
}

function addEdge(g: Graph, a: Position, b: Position, chord: boolean): void {
  const from = vertexId(g, a);
  const to = vertexId(g, b);
  if (from === to) return;
  const angle = Math.atan2((b[1] as number) - (a[1] as number), (b[0] as number) - (a[0] as number));
  g.outgoing[from]?.push(g.edges.length);
  g.edges.push({ from, to, angle, chord, used: false });
}

/** The next edge of the face on the left of `e`: the first clockwise from the way back. */
function nextEdge(g: Graph, e: HalfEdge): HalfEdge | undefined {
  const back = Math.atan2(
    (g.vertices[e.from]?.[1] as number) - (g.vertices[e.to]?.[1] as number),
    (g.vertices[e.from]?.[0] as number) - (g.vertices[e.to]?.[0] as number),
  );
  let best: HalfEdge | undefined;
  let bestTurn = Infinity;
  for (const id of g.outgoing[e.to] ?? []) {
    const candidate = g.edges[id] as HalfEdge;
    let turn = back - candidate.angle;
    while (turn <= 0) turn += 2 * Math.PI;
    while (turn > 2 * Math.PI) turn -= 2 * Math.PI;
    if (candidate.to === e.from) turn = 2 * Math.PI + 1;
    if (turn < bestTurn) {
      bestTurn = turn;
      best = candidate;
    }
  }
  return best;
}

/** Splits a closed walk at repeated vertices into simple cycles (vertex ids, chord flag). */
function simpleCycles(walk: readonly HalfEdge[]): { ids: number[]; cut: boolean }[] {
  const out: { ids: number[]; cut: boolean }[] = [];
  const stack: HalfEdge[] = [];
  const position = new Map<number, number>();
  const emit = (loop: HalfEdge[]): void => {
    for (const e of loop) position.delete(e.from);
    if (loop.length >= 3) out.push({ ids: loop.map((e) => e.from), cut: loop.some((e) => e.chord) });
  };
  for (const e of walk) {
    const at = position.get(e.from);
    if (at !== undefined) emit(stack.splice(at));
    position.set(e.from, stack.length);
    stack.push(e);
  }
  emit(stack);
  return out;
}

function traceWalks(g: Graph): HalfEdge[][] {
  const walks: HalfEdge[][] = [];
  for (const start of g.edges) {
    if (start.used) continue;
    const walk: HalfEdge[] = [];
    let e: HalfEdge | undefined = start;
    while (e !== undefined && !e.used && walk.length <= g.edges.length) {
      e.used = true;
      walk.push(e);
      e = nextEdge(g, e);
    }
    walks.push(walk);
  }
  return walks;
}

/** A vertex of the hole not on the outer ring (else its first vertex), to test containment. */
function probeInside(hole: readonly Position[], outer: Position[]): boolean {
  const onOuter = (p: Position): boolean => outer.some((a, i) => pointOnSegment(p, a, outer[(i + 1) % outer.length] as Position));
  const probe = hole.find((p) => !onOuter(p)) ?? (hole[0] as Position);
  return pointInRing(probe, outer);
}

/** The faces of the rings cut by the chords (see the file comment). */
export function facesOf(rings: readonly Position[][], chords: readonly (readonly [Position, Position])[]): Face[] {
  const g: Graph = { vertices: [], ids: new Map(), edges: [], outgoing: [] };
  for (const ring of rings) ring.forEach((a, i) => addEdge(g, a, ring[(i + 1) % ring.length] as Position, false));
  for (const [a, b] of chords) {
    addEdge(g, a, b, true);
    addEdge(g, b, a, true);
  }
  const shells: { ring: Position[]; area2: number; face: Face }[] = [];
  const holes: Position[][] = [];
  for (const walk of traceWalks(g)) {
    for (const cycle of simpleCycles(walk)) {
      const ring = cycle.ids.map((id) => g.vertices[id] as Position);
      const area2 = planarSignedArea2(ring);
      if (area2 > 0) shells.push({ ring, area2, face: { rings: [ring], cut: cycle.cut } });
      else if (area2 < 0) holes.push(ring);
    }
  }
  const bySize = [...shells].sort((a, b) => a.area2 - b.area2);
  for (const hole of holes) bySize.find((s) => probeInside(hole, s.ring))?.face.rings.push(hole);
  return shells.map((s) => s.face);
}
