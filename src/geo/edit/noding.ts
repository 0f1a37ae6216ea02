/**
 * Noding a drawn line against the rings of a polygon: every point where the line meets a ring
 * becomes a vertex of both, with the very same coordinates, so that the pieces cut along the
 * line share their cut edges exactly (no sliver, no gap).
 *
 * Within EDIT_TOLERANCE_DEG (≈ 0.1 mm) a line vertex near a ring vertex is taken to be that
 * ring vertex, a line vertex near a ring edge becomes a vertex of the ring (where it is), and a
 * ring vertex near a line segment becomes a vertex of the line. Only segments whose ends are
 * all clear of the other get a computed crossing point.
 */
import type { Position } from '../../domain/geometry.ts';
import { EDIT_TOLERANCE_DEG as TOL, sameXY, segmentDistance } from './planar.ts';

interface Node {
  t: number;
  point: Position;
}

function orient(p: Position, q: Position, r: Position): number {
  return ((q[0] as number) - (p[0] as number)) * ((r[1] as number) - (p[1] as number)) - ((q[1] as number) - (p[1] as number)) * ((r[0] as number) - (p[0] as number));
}

/** The line with each vertex replaced by a ring vertex within the tolerance, if any. */
function snapToRingVertices(line: readonly Position[], rings: readonly Position[][]): Position[] {
  return line.map((p) => {
    for (const ring of rings) {
      for (const v of ring) if (Math.hypot((v[0] as number) - (p[0] as number), (v[1] as number) - (p[1] as number)) <= TOL) return v;
    }
    return p;
  });
}

function boxesMeet(a: Position, b: Position, p: Position, q: Position): boolean {
  return Math.max(a[0] as number, b[0] as number) + TOL >= Math.min(p[0] as number, q[0] as number)
    && Math.max(p[0] as number, q[0] as number) + TOL >= Math.min(a[0] as number, b[0] as number)
    && Math.max(a[1] as number, b[1] as number) + TOL >= Math.min(p[1] as number, q[1] as number)
    && Math.max(p[1] as number, q[1] as number) + TOL >= Math.min(a[1] as number, b[1] as number);
}

/** Adds the point `v` of one segment to the nodes of the other (a–b) when it lies on it. */
function touch(v: Position, a: Position, b: Position, nodes: Node[] | null): boolean {
  const { distance, t } = segmentDistance(v, a, b);
  if (distance > TOL) return false;
  if (nodes !== null && !sameXY(v, a) && !sameXY(v, b)) nodes.push({ t, point: v });
  return true;
}

/** Nodes where ring edge a–b meets line segment p–q; `last`: q is the line's last vertex. */
function meet(a: Position, b: Position, p: Position, q: Position, edgeNodes: Node[], segmentNodes: Node[], last: boolean): void {
  if (!boxesMeet(a, b, p, q)) return;
  const touched = [touch(a, p, q, segmentNodes), touch(b, p, q, null), touch(p, a, b, edgeNodes), touch(q, a, b, last ? edgeNodes : null)];
  if (touched.some(Boolean)) return;
  const d1 = orient(p, q, a);
  const d2 = orient(p, q, b);
  const d3 = orient(a, b, p);
  const d4 = orient(a, b, q);
  if (!(d1 * d2 < 0 && d3 * d4 < 0)) return;
  const s = d3 / (d3 - d4);
  const point = [(p[0] as number) + s * ((q[0] as number) - (p[0] as number)), (p[1] as number) + s * ((q[1] as number) - (p[1] as number))];
  segmentNodes.push({ t: s, point });
  edgeNodes.push({ t: d1 / (d1 - d2), point });
}

/** The vertices with each segment's nodes inserted in order (an open ring, or a line). */
function withNodes(vertices: readonly Position[], nodes: readonly Node[][], closed: boolean): Position[] {
  const out: Position[] = [];
  const push = (p: Position): void => {
    const lastPoint = out[out.length - 1];
    if (lastPoint === undefined || !sameXY(lastPoint, p)) out.push(p);
  };
  vertices.forEach((v, i) => {
    push(v);
    const segmentNodes = [...(nodes[i] ?? [])].sort((x, y) => x.t - y.t);
    for (const node of segmentNodes) push(node.point);
  });
  if (closed) while (out.length > 1 && sameXY(out[0] as Position, out[out.length - 1] as Position)) out.pop();
  return out;
}

/** The rings and the line, each with the other's meeting points inserted as vertices. */
export function nodeLineWithRings(rings: readonly Position[][], line: readonly Position[]): { rings: Position[][]; line: Position[] } {
  const snapped = snapToRingVertices(line, rings);
  const lineNodes: Node[][] = snapped.map(() => []);
  const ringNodes: Node[][][] = rings.map((ring) => ring.map(() => []));
  rings.forEach((ring, r) => {
    ring.forEach((a, i) => {
      const b = ring[(i + 1) % ring.length] as Position;
      const edgeNodes = ringNodes[r]?.[i] as Node[];
      for (let j = 0; j + 1 < snapped.length; j++) {
        meet(a, b, snapped[j] as Position, snapped[j + 1] as Position, edgeNodes, lineNodes[j] as Node[], j + 2 === snapped.length);
      }
    });
  });
  return {
    rings: rings.map((ring, r) => withNodes(ring, ringNodes[r] as Node[][], true)),
    line: withNodes(snapped, lineNodes, false),
  };
}
