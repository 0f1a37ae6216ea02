/**
 * Moving plots by a longitude/latitude offset (a drag on the map). Every position of every
 * ring shifts by the same degrees; a third coordinate, if any, is kept. The change lists each
 * plot before and after; undoing restores the original numbers exactly (from `before`), not by
 * moving back.
 */
import type { PlotChangeSet } from '../changeSet.ts';
import type { Areal, Position } from '../geometry.ts';
import type { Plot } from '../plot.ts';
import { plotWithGeometry } from './plotCopy.ts';

/** [dLon, dLat] in degrees. */
export type LonLatDelta = readonly [number, number];

function movePosition(p: Position, dLon: number, dLat: number): Position {
  const moved = p.slice();
  moved[0] = (p[0] as number) + dLon;
  moved[1] = (p[1] as number) + dLat;
  return moved;
}

/** The geometry shifted by [dLon, dLat] degrees (a new geometry). */
export function moveGeometry(geometry: Areal, delta: LonLatDelta): Areal {
  const [dLon, dLat] = delta;
  if (!Number.isFinite(dLon) || !Number.isFinite(dLat)) throw new RangeError(`moveGeometry: delta must be finite, got ${dLon}, ${dLat}`);
  const moveRing = (ring: Position[]): Position[] => ring.map((p) => movePosition(p, dLon, dLat));
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map(moveRing) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map(moveRing)) };
}

/** Moves the plots by [dLon, dLat] degrees; an empty change for a zero offset or no plots. */
export function movePlots(plots: readonly Plot[], delta: LonLatDelta): PlotChangeSet {
  if (delta[0] === 0 && delta[1] === 0) return { added: [], removed: [], changed: [] };
  const changed = plots.map((before) => ({ before, after: plotWithGeometry(before, moveGeometry(before.geometry, delta)) }));
  return { added: [], removed: [], changed };
}
