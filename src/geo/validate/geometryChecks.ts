/**
 * Warnings about one feature's repaired outline, which is imported as it is: edges crossing
 * (figure 8), a ring touching itself, a hole touching the outline at two or more points,
 * a hole outside its outline, and MultiPolygon parts that overlap each other.
 */
import type { Areal, BBox, PolygonGeometry } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import { arealBBox } from '../bbox.ts';
import { intersectionAreaM2 } from '../clip.ts';
import { pointInRing, pointOnSegment } from '../pointInPolygon.ts';
import { createSpatialIndex } from '../spatialIndex.ts';
import { arealsOverlap } from './arealOverlap.ts';
import * as say from './messages/geometry.ts';
import { findPolygonDefects } from './polygonDefects.ts';
import type { FeatureRef, Message, ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';

/** Part pairs with meeting boxes compared at most, so a pathological MultiPolygon stays quick. */
const MAX_PART_PAIRS = 5_000;

function at(point: number[]): Record<string, number> {
  return { lon: point[0] as number, lat: point[1] as number };
}

function defectWarnings(geometry: Areal, ref: FeatureRef, label: Message, out: ReportEntry[]): void {
  let crossings = 0, touches = 0, contacts = 0, contactPoints = 0;
  let crossingAt: number[] | null = null, touchAt: number[] | null = null, contactAt: number[] | null = null;
  for (const polygon of polygonsOf(geometry)) {
    const d = findPolygonDefects(polygon);
    crossings += d.crossings;
    touches += d.selfTouches;
    contacts += d.ringContacts;
    contactPoints = Math.max(contactPoints, d.ringContactPoints);
    crossingAt ??= d.crossingAt;
    touchAt ??= d.selfTouchAt;
    contactAt ??= d.ringContactAt;
  }
  if (crossingAt !== null) out.push(makeEntry(REASONS.selfIntersection, ref, say.selfIntersectionMessage(label, crossings, crossingAt), { count: crossings, ...at(crossingAt) }));
  if (touchAt !== null) out.push(makeEntry(REASONS.selfTouch, ref, say.selfTouchMessage(label, touches, touchAt), { count: touches, ...at(touchAt) }));
  if (contactAt !== null) out.push(makeEntry(REASONS.holeTouchesShell, ref, say.holeTouchesShellMessage(label, Math.max(2, contactPoints), contactAt), { rings: contacts, ...at(contactAt) }));
}

/** A hole lies outside its outline when a vertex of it off the outline is not inside it. */
function holeIsOutside(shell: number[][], hole: number[][]): boolean {
  for (const vertex of hole) {
    let onShell = false;
    for (let i = 0; i + 1 < shell.length && !onShell; i++) onShell = pointOnSegment(vertex, shell[i] as number[], shell[i + 1] as number[]);
    if (!onShell) return !pointInRing(vertex, shell);
  }
  return false;
}

function holeWarnings(geometry: Areal, ref: FeatureRef, label: Message, out: ReportEntry[]): void {
  for (const polygon of polygonsOf(geometry)) {
    const shell = polygon[0] as number[][];
    for (let h = 1; h < polygon.length; h++) {
      if (holeIsOutside(shell, polygon[h] as number[][])) out.push(makeEntry(REASONS.holeOutsideShell, ref, say.holeOutsideShellMessage(label, h), { hole: h }));
    }
  }
}

function partsWarnings(geometry: Areal, ref: FeatureRef, label: Message, out: ReportEntry[]): void {
  if (geometry.type !== 'MultiPolygon' || geometry.coordinates.length < 2) return;
  const parts: PolygonGeometry[] = geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const boxes = parts.map((p) => arealBBox(p));
  const index = createSpatialIndex(boxes);
  let compared = 0;
  for (let i = 0; i < parts.length && compared < MAX_PART_PAIRS; i++) {
    for (const j of index.search(boxes[i] as BBox).sort((x, y) => x - y)) {
      if (j <= i || compared++ >= MAX_PART_PAIRS) continue;
      const a = parts[i] as PolygonGeometry;
      const b = parts[j] as PolygonGeometry;
      if (!arealsOverlap(a, b, boxes[i], boxes[j])) continue;
      const clipped = intersectionAreaM2(a, b);
      const areaM2 = clipped.ok ? clipped.areaM2 : null;
      out.push(makeEntry(REASONS.partsOverlap, ref, say.partsOverlapMessage(label, i + 1, j + 1, areaM2), { partA: i + 1, partB: j + 1, areaM2 }));
    }
  }
}

/** Warnings about one repaired geometry. */
export function checkGeometry(geometry: Areal, ref: FeatureRef, label: Message): ReportEntry[] {
  const warnings: ReportEntry[] = [];
  defectWarnings(geometry, ref, label, warnings);
  holeWarnings(geometry, ref, label, warnings);
  partsWarnings(geometry, ref, label, warnings);
  return warnings;
}
