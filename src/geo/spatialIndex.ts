/**
 * A static R-tree over bounding boxes (a thin wrapper over flatbush). Built once from boxes,
 * searched many times; indices refer to the order of the boxes given. An empty index is
 * allowed and finds nothing (flatbush itself refuses zero items).
 */
import Flatbush from 'flatbush';
import type { BBox } from '../domain/geometry.ts';

export interface SpatialIndex {
  /** number of boxes indexed */
  readonly size: number;
  /** indices of the boxes that intersect or touch `box` */
  search(box: BBox): number[];
  /** true when any box intersects or touches `box` */
  any(box: BBox): boolean;
}

const EMPTY_INDEX: SpatialIndex = { size: 0, search: () => [], any: () => false };

/** Builds an index from [minLon, minLat, maxLon, maxLat] boxes. */
export function createSpatialIndex(boxes: readonly BBox[]): SpatialIndex {
  if (boxes.length === 0) return EMPTY_INDEX;
  const tree = new Flatbush(boxes.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return wrap(tree);
}

/**
 * Builds an index from a flat array [minX, minY, maxX, maxY, …] of `count` boxes, for callers
 * that index many small items (e.g. segments) without allocating a box per item.
 */
export function createSpatialIndexFromFlat(flatBoxes: ArrayLike<number>, count: number): SpatialIndex {
  if (count === 0) return EMPTY_INDEX;
  const tree = new Flatbush(count);
  for (let i = 0; i < count * 4; i += 4) {
    tree.add(flatBoxes[i] as number, flatBoxes[i + 1] as number, flatBoxes[i + 2] as number, flatBoxes[i + 3] as number);
  }
  tree.finish();
  return wrap(tree);
}

function wrap(tree: Flatbush): SpatialIndex {
  return {
    size: tree.numItems,
    search: (box) => tree.search(box[0], box[1], box[2], box[3]),
    any: (box) => tree.collides(box[0], box[1], box[2], box[3]),
  };
}
