/**
 * The zone outline (four irregular sides with one cut corner) and the river that crosses
 * the zone from west to east. The land where plots may lie is the outline less a setback
 * along the outline and less the river corridor.
 */
import { subtractShapes } from './clip.ts';
import { corridorRing, extendPolyline, offsetRing } from './offset.ts';
import type { ZoneFrame } from './frame.ts';
import type { RingXY, ShapeXY, XY } from './plane.ts';
import { insertVertexAt, joinPieces } from './polyline.ts';
import type { Random } from './random.ts';

export interface ZoneOutline {
  /** SW → SE */
  bottom: XY[];
  /** SE → NE */
  right: XY[];
  /** NE → NW */
  top: XY[];
  /** NW → SW */
  left: XY[];
  /** west → east; its ends are vertices of `left` and `right` */
  river: XY[];
  riverHalfWidthM: number;
  setbackM: number;
}

/** Points from `from` to `to` (both included), jittered across the side. */
function side(from: XY, to: XY, segments: number, jitterM: number, random: Random): XY[] {
  const points: XY[] = [from];
  const horizontal = Math.abs(to[0] - from[0]) > Math.abs(to[1] - from[1]);
  for (let k = 1; k < segments; k++) {
    const t = k / segments + random.range(-0.08, 0.08) / segments;
    const x = from[0] + t * (to[0] - from[0]);
    const y = from[1] + t * (to[1] - from[1]);
    const jitter = random.range(-jitterM, jitterM);
    points.push(horizontal ? [x, y + jitter] : [x + jitter, y]);
  }
  points.push(to);
  return points;
}

function riverLine(frame: ZoneFrame, left: XY[], right: XY[], random: Random): { river: XY[]; left: XY[]; right: XY[] } {
  const { widthM: w, heightM: h, zoneScale: s } = frame;
  const start = insertVertexAt(left, 1, h * random.range(0.6, 0.63));
  const end = insertVertexAt(right, 1, h * random.range(0.65, 0.68));
  const river: XY[] = [start.point];
  const segments = 11;
  for (let k = 1; k < segments; k++) {
    const t = k / segments;
    const x = start.point[0] + t * (end.point[0] - start.point[0]) + random.range(-0.2, 0.2) * (w / segments);
    river.push([x, start.point[1] + t * (end.point[1] - start.point[1]) + random.range(-120, 120) * s]);
  }
  river.push(end.point);
  return { river, left: start.polyline, right: end.polyline };
}

export function buildOutline(frame: ZoneFrame, random: Random): ZoneOutline {
  const { widthM: w, heightM: h, zoneScale: s, gridScale: g } = frame;
  const j = (): number => random.range(-60, 60) * s;
  const cut = random.range(500, 700) * s;
  const sw: XY = [j(), j()];
  const se: XY = [w + j(), j()];
  const ne: XY = [w + j(), h - cut];
  const neTop: XY = [w - cut, h + j()];
  const nw: XY = [j(), h + j()];
  const bottom = side(sw, se, 6, 130 * s, random);
  const rightSide = side(se, ne, 5, 130 * s, random);
  const top = [ne, ...side(neTop, nw, 5, 110 * s, random)];
  const leftSide = side(nw, sw, 5, 120 * s, random);
  const { river, left, right } = riverLine(frame, leftSide, rightSide, random);
  return { bottom, right, top, left, river, riverHalfWidthM: 35 + 15 * g, setbackM: Math.max(3, 8 * g) };
}

export function outlineRing(outline: ZoneOutline): RingXY {
  return joinPieces([outline.bottom, outline.right, outline.top, outline.left]);
}

/** Where plots may lie: inside the outline, off the setback, out of the river corridor. */
export function plotRegion(outline: ZoneOutline): ShapeXY {
  const inset = offsetRing(outlineRing(outline), outline.setbackM);
  const river = corridorRing(extendPolyline(outline.river, 500), outline.riverHalfWidthM);
  return subtractShapes([[inset]], [[river]]);
}
