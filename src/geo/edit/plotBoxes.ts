/**
 * A bbox R-tree over a list of plots (or any areal features), built once per list: the list's
 * identity is the cache key (a WeakMap), so calling the checks again and again while a shape is
 * drawn, with the same plot list from the store, builds the index only the first time. Lists
 * are treated as immutable, as the store keeps them.
 */
import type { Areal, BBox } from '../../domain/geometry.ts';
import { arealBBox } from '../bbox.ts';
import type { SpatialIndex } from '../spatialIndex.ts';
import { createSpatialIndex } from '../spatialIndex.ts';

export interface BoxIndex {
  boxes: BBox[];
  index: SpatialIndex;
}

const cache = new WeakMap<readonly object[], BoxIndex>();

/** The boxes of the features' geometries and their R-tree (cached per list). */
export function boxIndexOf<T extends { geometry: Areal }>(features: readonly T[]): BoxIndex {
  let found = cache.get(features);
  if (found === undefined) {
    const boxes = features.map((f) => arealBBox(f.geometry));
    found = { boxes, index: createSpatialIndex(boxes) };
    cache.set(features, found);
  }
  return found;
}

/** The box grown by `margin` on every side. */
export function grownBox(box: BBox, margin: number): BBox {
  return [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
}
