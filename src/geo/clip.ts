/**
 * Polygon intersection, never throwing at the caller.
 *
 * Clipper: polygon-clipping 0.15 (Martinez–Rueda–Feito sweep line in plain doubles, with
 * snapping of nearly equal coordinates). It is robust on shared and collinear edges, which is
 * the common case here (plots drawn against district boundaries), accepts either winding,
 * open rings and repeated points, and is far faster than Turf 7's `intersect`, whose
 * polyclip-ts runs the same sweep on BigNumber arithmetic. Measured on this project's 2-core
 * machine, a 10-vertex plot straddling a district: ~13 µs per clip against a 4-vertex district
 * (Turf: 140–340 µs), ~210 µs against a 400-vertex one (Turf: ~2 070 µs). Turf stays out of the
 * hot path; the overlay also cuts districts to a window around the plot first.
 *
 * Degenerate input can still make the sweep throw ("Unable to pop() SweepEvent…"). Then the
 * input is cleaned (3rd coordinates, non-finite points and repeated vertices dropped, rings
 * under 3 vertices dropped) and the clip retried, then retried once more on coordinates snapped
 * to a grid (`snapGrid`, default 1e-9 — 0.1 mm in degrees). If all fail, the result is a typed
 * failure, `{ ok: false, reason: CLIP_FAILED, detail }`, never an exception.
 */
// Default import: the package's CommonJS build (what Node loads) has no named exports.
import polygonClipping from 'polygon-clipping';
import type { Pair, Polygon as ClipPolygon } from 'polygon-clipping';
import type { Areal, PolygonCoordinates, Ring } from '../domain/geometry.ts';
import { polygonsOf } from '../domain/geometry.ts';
import { arealAreaM2 } from './area.ts';

/** The only failure: the clipper threw on the input and on its cleaned and snapped versions. */
export const CLIP_FAILED = 'clip-failed';

export type PlanarClipResult =
  | { ok: true; polygons: PolygonCoordinates[] }
  | { ok: false; reason: typeof CLIP_FAILED; detail: string };

export type ClipResult =
  | { ok: true; geometry: Areal | null }
  | { ok: false; reason: typeof CLIP_FAILED; detail: string };

export type ClipAreaResult =
  | { ok: true; areaM2: number }
  | { ok: false; reason: typeof CLIP_FAILED; detail: string };

function cleanRing(ring: Ring, snapGrid: number): Pair[] {
  const out: Pair[] = [];
  for (const p of ring) {
    let x = p[0] as number;
    let y = p[1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (snapGrid > 0) {
      x = Math.round(x / snapGrid) * snapGrid;
      y = Math.round(y / snapGrid) * snapGrid;
    }
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  return out;
}

function cleanPolygons(polygons: readonly PolygonCoordinates[], snapGrid: number): ClipPolygon[] {
  const out: ClipPolygon[] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => cleanRing(ring, snapGrid));
    // a polygon whose outer ring collapsed goes, holes and all
    if ((rings[0]?.length ?? 0) >= 3) out.push(rings.filter((ring) => ring.length >= 3));
  }
  return out;
}

function asClipInput(polygons: readonly PolygonCoordinates[]): ClipPolygon[] {
  // polygon-clipping reads only [x, y] of each position and copies its input.
  return polygons as unknown as ClipPolygon[];
}

/**
 * Intersection of two sets of polygons in any planar coordinates (lon/lat or metres).
 * The result is a list of polygons (outer rings counter-clockwise), [] when disjoint.
 */
export function intersectPlanar(
  a: readonly PolygonCoordinates[],
  b: readonly PolygonCoordinates[],
  snapGrid = 1e-9,
): PlanarClipResult {
  const attempts: (() => ClipPolygon[][])[] = [
    () => [asClipInput(a), asClipInput(b)],
    () => [cleanPolygons(a, 0), cleanPolygons(b, 0)],
    () => [cleanPolygons(a, snapGrid), cleanPolygons(b, snapGrid)],
  ];
  let detail = '';
  for (const attempt of attempts) {
    try {
      const [subject, clip] = attempt();
      if (subject === undefined || clip === undefined || subject.length === 0 || clip.length === 0) {
        return { ok: true, polygons: [] };
      }
      return { ok: true, polygons: polygonClipping.intersection(subject, clip) };
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, reason: CLIP_FAILED, detail };
}

/** a ∩ b of two lon/lat geometries, or null when they do not overlap. */
export function intersectArealGeometry(a: Areal, b: Areal): ClipResult {
  const result = intersectPlanar(polygonsOf(a), polygonsOf(b));
  if (!result.ok) return result;
  const { polygons } = result;
  if (polygons.length === 0) return { ok: true, geometry: null };
  const geometry: Areal =
    polygons.length === 1 && polygons[0] !== undefined
      ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons };
  return { ok: true, geometry };
}

/** Ellipsoidal area of a ∩ b in m² (0 when they do not overlap or only touch). */
export function intersectionAreaM2(a: Areal, b: Areal): ClipAreaResult {
  const result = intersectArealGeometry(a, b);
  if (!result.ok) return result;
  return { ok: true, areaM2: result.geometry === null ? 0 : arealAreaM2(result.geometry) };
}
