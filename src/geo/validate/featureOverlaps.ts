/**
 * Pairs of features whose interiors overlap (tiled neighbours sharing edges do not), with the
 * overlap area in m² when the clipper can compute it. Candidate pairs come from an R-tree of
 * bounding boxes; each is then tested exactly (arealOverlap.ts).
 */
import type { Areal, BBox } from '../../domain/geometry.ts';
import { intersectionAreaM2 } from '../clip.ts';
import { createSpatialIndex } from '../spatialIndex.ts';
import { arealsOverlap } from './arealOverlap.ts';

export interface OverlapFinding {
  /** positions in the list given, first < second */
  first: number;
  second: number;
  /** area of the overlap, or null when it could not be computed */
  areaM2: number | null;
}

/** Overlapping pairs, at most `limit` of them (a file of stacked copies would list millions). */
export function findOverlaps(geometries: readonly Areal[], boxes: readonly BBox[], limit = 10_000): OverlapFinding[] {
  const index = createSpatialIndex(boxes);
  const found: OverlapFinding[] = [];
  for (let i = 0; i < geometries.length && found.length < limit; i++) {
    const candidates = index.search(boxes[i] as BBox).filter((j) => j > i).sort((x, y) => x - y);
    for (const j of candidates) {
      const a = geometries[i] as Areal;
      const b = geometries[j] as Areal;
      if (!arealsOverlap(a, b, boxes[i], boxes[j])) continue;
      const clipped = intersectionAreaM2(a, b);
      found.push({ first: i, second: j, areaM2: clipped.ok ? clipped.areaM2 : null });
      if (found.length >= limit) break;
    }
  }
  return found;
}
