/**
 * Plot outlines built from the rectangle a plot gets in its block: corner cuts at road
 * intersections (路口切角), an occasional notch, boundary stakes (界址点) along long edges,
 * and the special forms: a plot with an enclave hole, a plot in two parts.
 */
import type { BoxXY, PolygonXY, RingXY, ShapeXY, XY } from './plane.ts';
import { rectRing } from './plane.ts';
import type { Random } from './random.ts';

export interface ShapeOptions {
  /** corner cut at block corners, m (0 for none) */
  chamferM: number;
  /** notch one inner corner */
  notch: boolean;
  /** longest edge between boundary stakes, m */
  stakeSpacingM: number;
}

type Corner = 0 | 1 | 2 | 3;

/** Corner points of a box in counter-clockwise order SW, SE, NE, NW, with the inward directions. */
function cornerFrame(box: BoxXY, corner: Corner): { p: XY; dx: number; dy: number } {
  switch (corner) {
    case 0: return { p: [box.minX, box.minY], dx: 1, dy: 1 };
    case 1: return { p: [box.maxX, box.minY], dx: -1, dy: 1 };
    case 2: return { p: [box.maxX, box.maxY], dx: -1, dy: -1 };
    case 3: return { p: [box.minX, box.maxY], dx: 1, dy: -1 };
  }
}

function isBlockCorner(box: BoxXY, block: BoxXY, corner: Corner): boolean {
  const { p } = cornerFrame(box, corner);
  return (p[0] === block.minX || p[0] === block.maxX) && (p[1] === block.minY || p[1] === block.maxY);
}

/** The vertices replacing one corner, in ring order. */
function cornerPoints(box: BoxXY, corner: Corner, kind: 'plain' | 'chamfer' | 'notch', sizeX: number, sizeY: number): XY[] {
  const { p, dx, dy } = cornerFrame(box, corner);
  if (kind === 'plain') return [p];
  // Counter-clockwise, corners 0 and 2 are entered along y, corners 1 and 3 along x.
  const enteredAlongY = corner === 0 || corner === 2;
  const onX: XY = [p[0] + dx * sizeX, p[1]];
  const onY: XY = [p[0], p[1] + dy * sizeY];
  const inner: XY = [p[0] + dx * sizeX, p[1] + dy * sizeY];
  if (kind === 'chamfer') return enteredAlongY ? [onY, onX] : [onX, onY];
  return enteredAlongY ? [onY, inner, onX] : [onX, inner, onY];
}

/** The outer ring of a plot occupying `box` inside the block `block`. */
export function plotRing(box: BoxXY, block: BoxXY, options: ShapeOptions, random: Random): RingXY {
  const width = box.maxX - box.minX;
  const height = box.maxY - box.minY;
  const corners: Corner[] = [0, 1, 2, 3];
  const inner = corners.filter((c) => !isBlockCorner(box, block, c));
  const notchCorner = options.notch && inner.length > 0 ? random.pick(inner) : undefined;
  const points: XY[] = [];
  for (const corner of corners) {
    if (corner === notchCorner) {
      points.push(...cornerPoints(box, corner, 'notch', width * random.range(0.22, 0.38), height * random.range(0.22, 0.38)));
    } else if (options.chamferM > 0 && isBlockCorner(box, block, corner)) {
      const size = Math.min(options.chamferM, 0.2 * Math.min(width, height));
      points.push(...cornerPoints(box, corner, 'chamfer', size, size));
    } else {
      points.push(...cornerPoints(box, corner, 'plain', 0, 0));
    }
  }
  return densify(points, options.stakeSpacingM);
}

/** Adds evenly spaced vertices so that no edge is longer than `maxEdgeM`. */
export function densify(ring: RingXY, maxEdgeM: number): RingXY {
  const result: RingXY = [];
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] as XY;
    const pieces = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / maxEdgeM));
    for (let k = 0; k < pieces; k++) result.push([a[0] + ((b[0] - a[0]) * k) / pieces, a[1] + ((b[1] - a[1]) * k) / pieces]);
  });
  return result;
}

/** A plot with a rectangular enclave (e.g. a substation) cut out, and the enclave's own box. */
export function holedPlot(box: BoxXY, laneM: number, stakeSpacingM: number, random: Random): { shape: ShapeXY; enclave: BoxXY } {
  const width = box.maxX - box.minX;
  const height = box.maxY - box.minY;
  const holeW = width * random.range(0.16, 0.24);
  const holeH = height * random.range(0.16, 0.24);
  const minX = box.minX + width * random.range(0.2, 0.8 - 0.24);
  const minY = box.minY + height * random.range(0.2, 0.8 - 0.24);
  const hole: BoxXY = { minX, minY, maxX: minX + holeW, maxY: minY + holeH };
  const outer = densify(rectRing(box.minX, box.minY, box.maxX, box.maxY), stakeSpacingM);
  const holeRing = rectRing(hole.minX, hole.minY, hole.maxX, hole.maxY).reverse();
  const half = laneM / 2;
  const enclave = { minX: hole.minX + half, minY: hole.minY + half, maxX: hole.maxX - half, maxY: hole.maxY - half };
  return { shape: [[outer, holeRing]], enclave };
}

/** A plot in two parts on either side of a ditch or lane crossing it. */
export function twoPartPlot(box: BoxXY, gapM: number, stakeSpacingM: number, random: Random): ShapeXY {
  const alongX = box.maxX - box.minX >= box.maxY - box.minY;
  const part = (b: BoxXY): PolygonXY => [densify(rectRing(b.minX, b.minY, b.maxX, b.maxY), stakeSpacingM)];
  if (alongX) {
    const cut = box.minX + (box.maxX - box.minX) * random.range(0.4, 0.6);
    return [part({ ...box, maxX: cut - gapM / 2 }), part({ ...box, minX: cut + gapM / 2 })];
  }
  const cut = box.minY + (box.maxY - box.minY) * random.range(0.4, 0.6);
  return [part({ ...box, maxY: cut - gapM / 2 }), part({ ...box, minY: cut + gapM / 2 })];
}
