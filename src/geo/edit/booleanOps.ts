/**
 * Union and difference of lon/lat polygons with polygon-clipping (the clipper of clip.ts, for
 * the same reasons: robust on shared and collinear edges, far faster than Turf's), never
 * throwing at the caller: when the sweep throws on degenerate input, the input is cleaned
 * (non-finite and repeated points, rings under 3 points dropped) and tried again, then snapped
 * to a 1e-9° grid (0.1 mm) and tried once more. Results have outer rings anticlockwise, holes
 * clockwise, and no collinear vertices (the clipper drops them).
 */
import polygonClipping from 'polygon-clipping';
import type { Geom, Pair, Polygon as ClipPolygon } from 'polygon-clipping';
import type { PolygonCoordinates, Ring } from '../../domain/geometry.ts';

export type BooleanResult = { ok: true; polygons: PolygonCoordinates[] } | { ok: false; detail: string };

const SNAP_GRID_DEG = 1e-9;

function cleanRing(ring: Ring, grid: number): Pair[] {
  const out: Pair[] = [];
  for (const p of ring) {
    let x = p[0] as number;
    let y = p[1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (grid > 0) {
      x = Math.round(x / grid) * grid;
      y = Math.round(y / grid) * grid;
    }
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  return out;
}

function clean(polygons: readonly PolygonCoordinates[], grid: number): ClipPolygon[] {
  const out: ClipPolygon[] = [];
  for (const polygon of polygons) {
    const rings = polygon.map((ring) => cleanRing(ring, grid));
    if ((rings[0]?.length ?? 0) >= 3) out.push(rings.filter((ring) => ring.length >= 3));
  }
  return out;
}

function attempt(inputs: readonly (readonly PolygonCoordinates[])[], run: (geoms: Geom[]) => PolygonCoordinates[]): BooleanResult {
  let detail = '';
  for (const grid of [-1, 0, SNAP_GRID_DEG]) {
    try {
      // polygon-clipping reads only [x, y] of each position and copies its input
      const geoms = grid < 0 ? (inputs as unknown as Geom[]) : inputs.map((polygons) => clean(polygons, grid));
      return { ok: true, polygons: run(geoms) };
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
  }
  return { ok: false, detail };
}

/** The union of all the polygons given. */
export function unionPolygons(polygons: readonly PolygonCoordinates[]): BooleanResult {
  if (polygons.length === 0) return { ok: true, polygons: [] };
  return attempt([polygons], ([all]) => polygonClipping.union(all as Geom));
}

/** `subject` minus every polygon of `clips`. */
export function differencePolygons(subject: readonly PolygonCoordinates[], clips: readonly PolygonCoordinates[]): BooleanResult {
  if (subject.length === 0) return { ok: true, polygons: [] };
  if (clips.length === 0) return attempt([subject], ([s]) => polygonClipping.union(s as Geom));
  return attempt([subject, clips], ([s, c]) => polygonClipping.difference(s as Geom, c as Geom));
}
