/**
 * Self-intersections of one polygon (all its rings), found by the segment sweep:
 * - crossings: two edges cross, an edge runs back along its own ring, or the ring passes
 *   through one of its own vertices from one side to the other (figure 8);
 * - self-touches: a ring touches itself at a point without crossing (a pinched ring);
 * - ring contacts: two rings (shell and hole, or two holes) touching at two or more points or
 *   along a line, which cuts the interior apart. One touching point is valid (OGC).
 */
import { forEachCandidatePair } from './segmentSweep.ts';
import { CROSSING, NO_CONTACT, OVERLAPPING, contactPoint, segmentContact } from './segmentIntersection.ts';
import type { SegmentStore } from './segments.ts';
import { addRing, areAdjacent, clearSegments, createSegmentStore } from './segments.ts';
import { passagesCross } from './passages.ts';

export interface PolygonDefects {
  crossings: number;
  crossingAt: number[] | null;
  selfTouches: number;
  selfTouchAt: number[] | null;
  /** ring pairs in contact at ≥ 2 points or along a line */
  ringContacts: number;
  /** distinct contact points of the worst such pair (0 for a line contact) */
  ringContactPoints: number;
  ringContactAt: number[] | null;
}

/** Touch points remembered per polygon; beyond this they are counted as crossings only. */
const MAX_TOUCH_POINTS = 10_000;
const store = createSegmentStore();

interface Scan {
  defects: PolygonDefects;
  seen: Map<string, boolean>;
  ringPairs: Map<number, { points: Set<string>; line: boolean; at: number[] }>;
}

export function findPolygonDefects(polygon: readonly number[][][]): PolygonDefects {
  clearSegments(store);
  for (const ring of polygon) addRing(store, ring);
  const scan: Scan = {
    defects: { crossings: 0, crossingAt: null, selfTouches: 0, selfTouchAt: null, ringContacts: 0, ringContactPoints: 0, ringContactAt: null },
    seen: new Map(),
    ringPairs: new Map(),
  };
  forEachCandidatePair(store, (i, j) => {
    if (!areAdjacent(store, i, j)) visitPair(store, scan, i, j);
    return false;
  });
  summariseRingPairs(scan);
  return scan.defects;
}

function visitPair(s: SegmentStore, scan: Scan, i: number, j: number): void {
  const contact = segmentContact(
    s.x1[i] as number, s.y1[i] as number, s.x2[i] as number, s.y2[i] as number,
    s.x1[j] as number, s.y1[j] as number, s.x2[j] as number, s.y2[j] as number,
  );
  if (contact === NO_CONTACT) return;
  const at = [contactPoint.x, contactPoint.y];
  const sameRing = s.ring[i] === s.ring[j];
  if (contact === CROSSING || (contact === OVERLAPPING && sameRing)) {
    addCrossing(scan.defects, at);
    return;
  }
  if (contact === OVERLAPPING) {
    ringPair(scan, s, i, j, at).line = true;
    return;
  }
  const key = `${at[0]},${at[1]}`;
  if (scan.seen.has(key) || scan.seen.size >= MAX_TOUCH_POINTS) return;
  const crosses = passagesCross(s, i, j, at);
  scan.seen.set(key, crosses);
  if (crosses) addCrossing(scan.defects, at);
  else if (sameRing) {
    scan.defects.selfTouches++;
    scan.defects.selfTouchAt ??= at;
  } else ringPair(scan, s, i, j, at).points.add(key);
}

function addCrossing(defects: PolygonDefects, at: number[]): void {
  defects.crossings++;
  defects.crossingAt ??= at;
}

function ringPair(scan: Scan, s: SegmentStore, i: number, j: number, at: number[]) {
  const a = s.ring[i] as number;
  const b = s.ring[j] as number;
  const key = Math.min(a, b) * 1_000_003 + Math.max(a, b);
  let pair = scan.ringPairs.get(key);
  if (pair === undefined) {
    pair = { points: new Set<string>(), line: false, at };
    scan.ringPairs.set(key, pair);
  }
  return pair;
}

function summariseRingPairs(scan: Scan): void {
  const d = scan.defects;
  for (const pair of scan.ringPairs.values()) {
    if (!pair.line && pair.points.size < 2) continue;
    d.ringContacts++;
    if (d.ringContactAt === null || pair.points.size > d.ringContactPoints) {
      d.ringContactPoints = pair.points.size;
      d.ringContactAt = pair.at;
    }
  }
}
