/**
 * Reads the coordinates of a Polygon or MultiPolygon from parsed JSON into fresh arrays of
 * [x, y] numbers (the input is never mutated). Numbers written as text ("39.36") are read as
 * numbers and counted; a third coordinate (height) is dropped and flagged. Wrong nesting depth,
 * non-numeric values and one-number positions are reported as a problem instead.
 */
import type { CoordinatesProblem } from './messages/feature.ts';

/** Polygons as rings of [x, y]; a Polygon reads as a list of one. */
export type PolygonList = number[][][][];

export type CoordinatesReading =
  | { ok: true; polygons: PolygonList; stringValues: number; thirdCoordinate: boolean }
  | { ok: false; problem: CoordinatesProblem };

class CoordinatesError extends Error {
  constructor(readonly problem: CoordinatesProblem) {
    super(problem.kind);
  }
}

interface Tally {
  stringValues: number;
  thirdCoordinate: boolean;
}

const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

export function readArealCoordinates(type: 'Polygon' | 'MultiPolygon', coordinates: unknown): CoordinatesReading {
  const tally: Tally = { stringValues: 0, thirdCoordinate: false };
  try {
    const list = expectList(coordinates, 'not-list');
    if (list.length === 0) throw new CoordinatesError({ kind: 'no-rings' });
    const polygons = type === 'Polygon' ? [readPolygon(list, tally)] : list.map((p) => readPolygon(expectList(p, 'missing-level'), tally));
    return { ok: true, polygons, ...tally };
  } catch (error) {
    if (error instanceof CoordinatesError) return { ok: false, problem: error.problem };
    throw error;
  }
}

function expectList(value: unknown, problem: 'not-list' | 'missing-level'): unknown[] {
  if (Array.isArray(value)) return value;
  throw new CoordinatesError(typeof value === 'number' ? { kind: 'missing-level' } : { kind: problem === 'missing-level' ? 'missing-level' : 'not-list' });
}

function readPolygon(rings: unknown[], tally: Tally): number[][][] {
  if (rings.length === 0) throw new CoordinatesError({ kind: 'no-rings' });
  return rings.map((ring) => readRing(ring, tally));
}

function readRing(ring: unknown, tally: Tally): number[][] {
  if (!Array.isArray(ring)) throw new CoordinatesError({ kind: 'missing-level' });
  const out: number[][] = new Array<number[]>(ring.length);
  for (let i = 0; i < ring.length; i++) out[i] = readPosition(ring[i], tally);
  return out;
}

function readPosition(position: unknown, tally: Tally): number[] {
  if (!Array.isArray(position)) {
    throw new CoordinatesError(typeof position === 'number' || typeof position === 'string' ? { kind: 'missing-level' } : { kind: 'bad-number', value: written(position) });
  }
  if (position.length < 2) throw new CoordinatesError({ kind: 'short-position' });
  if (position.length > 2) tally.thirdCoordinate = true;
  const out = [0, 0];
  for (let k = 0; k < position.length; k++) {
    const value = readNumber(position[k], tally);
    if (k < 2) out[k] = value;
  }
  return out;
}

function readNumber(value: unknown, tally: Tally): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new CoordinatesError({ kind: 'bad-number', value: String(value) });
  }
  if (typeof value === 'string' && NUMERIC_TEXT.test(value)) {
    tally.stringValues++;
    return Number(value);
  }
  if (Array.isArray(value)) throw new CoordinatesError({ kind: 'extra-level' });
  throw new CoordinatesError({ kind: 'bad-number', value: typeof value === 'string' ? value : written(value) });
}

/** A value as it was written in the file. */
function written(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
