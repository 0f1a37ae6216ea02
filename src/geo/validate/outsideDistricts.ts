/**
 * Features lying outside every district (sharing no area with any; touching a boundary from
 * outside counts as outside). District edges go into an R-tree once. A feature whose box meets
 * no district edge lies wholly inside or wholly outside each district, which one ray cast from
 * one of its vertices tells (even-odd, through the edge index). Only features near a boundary
 * get the exact overlap test.
 */
import type { Areal, BBox } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import { arealBBox } from '../bbox.ts';
import type { SpatialIndex } from '../spatialIndex.ts';
import { createSpatialIndex, createSpatialIndexFromFlat } from '../spatialIndex.ts';
import { arealsOverlap } from './arealOverlap.ts';
import { fixPolygonWinding } from './winding.ts';

interface DistrictEdges {
  districts: readonly Areal[];
  boxes: BBox[];
  boxIndex: SpatialIndex;
  edgeIndex: SpatialIndex;
  /** x1, y1, x2, y2 of each edge */
  edges: Float64Array;
  edgeDistrict: Uint32Array;
  maxLon: number;
}

/** A copy with rings turned to the right-hand rule, which the overlap test relies on. */
function rightHanded(geometry: Areal): Areal {
  const polygons = polygonsOf(geometry).map((polygon) => polygon.map((ring) => ring.slice()));
  for (const polygon of polygons) fixPolygonWinding(polygon);
  return { type: 'MultiPolygon', coordinates: polygons };
}

function prepare(given: readonly Areal[]): DistrictEdges {
  const districts = given.map(rightHanded);
  let count = 0;
  for (const d of districts) for (const polygon of polygonsOf(d)) for (const ring of polygon) count += Math.max(0, ring.length - 1);
  const edges = new Float64Array(count * 4);
  const edgeBoxes = new Float64Array(count * 4);
  const edgeDistrict = new Uint32Array(count);
  let k = 0;
  districts.forEach((d, index) => {
    for (const polygon of polygonsOf(d)) {
      for (const ring of polygon) {
        for (let i = 0; i + 1 < ring.length; i++, k++) {
          const a = ring[i] as number[];
          const b = ring[i + 1] as number[];
          edges.set([a[0] as number, a[1] as number, b[0] as number, b[1] as number], k * 4);
          edgeBoxes.set([Math.min(a[0] as number, b[0] as number), Math.min(a[1] as number, b[1] as number), Math.max(a[0] as number, b[0] as number), Math.max(a[1] as number, b[1] as number)], k * 4);
          edgeDistrict[k] = index;
        }
      }
    }
  });
  const boxes = districts.map((d) => arealBBox(d));
  const maxLon = boxes.reduce((max, b) => Math.max(max, b[2]), -Infinity);
  return { districts, boxes, boxIndex: createSpatialIndex(boxes), edgeIndex: createSpatialIndexFromFlat(edgeBoxes, k), edges, edgeDistrict, maxLon };
}

/** Districts containing the point (even-odd ray cast east), for a point on no district edge. */
function districtsContaining(p: DistrictEdges, x: number, y: number): Set<number> {
  const odd = new Set<number>();
  for (const k of p.edgeIndex.search([x, y, p.maxLon, y])) {
    const x1 = p.edges[k * 4] as number;
    const y1 = p.edges[k * 4 + 1] as number;
    const x2 = p.edges[k * 4 + 2] as number;
    const y2 = p.edges[k * 4 + 3] as number;
    if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) {
      const d = p.edgeDistrict[k] as number;
      if (odd.has(d)) odd.delete(d);
      else odd.add(d);
    }
  }
  return odd;
}

function sharesAreaWithSome(p: DistrictEdges, geometry: Areal, box: BBox): boolean {
  if (!p.boxIndex.any(box)) return false;
  const near = new Set<number>();
  for (const k of p.edgeIndex.search(box)) near.add(p.edgeDistrict[k] as number);
  for (const d of near) if (arealsOverlap(geometry, p.districts[d] as Areal, box, p.boxes[d])) return true;
  const vertex = polygonsOf(geometry)[0]?.[0]?.[0];
  if (vertex === undefined) return false;
  for (const d of districtsContaining(p, vertex[0] as number, vertex[1] as number)) if (!near.has(d)) return true;
  return false;
}

/** Positions (in the list given) of the geometries sharing no area with any district. */
export function findOutsideDistricts(geometries: readonly Areal[], boxes: readonly BBox[], districts: readonly Areal[]): number[] {
  const prepared = prepare(districts);
  const outside: number[] = [];
  geometries.forEach((g, i) => {
    if (!sharesAreaWithSome(prepared, g, boxes[i] as BBox)) outside.push(i);
  });
  return outside;
}
