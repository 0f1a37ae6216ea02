/**
 * Which plots a sketch added, removed and changed relative to a baseline (or another sketch).
 * A plot is changed when its geometry or its property bag differs, deep-equal over JSON values:
 * key order does not matter, array order does, and a `__proto__` key compares as data. The typed
 * attributes are derived from the properties, so they are not compared separately.
 */
import type { Plot } from '../domain/plot.ts';

export interface PlotSetDiff {
  addedPlotIds: string[];
  removedPlotIds: string[];
  changedPlotIds: string[];
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON-like values (objects compared by own enumerable keys). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  if (!isPlainRecord(a) || !isPlainRecord(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

export function isSamePlot(a: Plot, b: Plot): boolean {
  return deepEqual(a.geometry, b.geometry) && deepEqual(a.properties, b.properties);
}

/** Added, removed and changed plot ids, each in the order of the set it comes from. */
export function diffPlotSets(before: readonly Plot[], after: readonly Plot[]): PlotSetDiff {
  const beforeById = new Map(before.map((p) => [p.id, p]));
  const afterIds = new Set(after.map((p) => p.id));
  const addedPlotIds: string[] = [];
  const changedPlotIds: string[] = [];
  for (const plot of after) {
    const old = beforeById.get(plot.id);
    if (old === undefined) addedPlotIds.push(plot.id);
    else if (!isSamePlot(old, plot)) changedPlotIds.push(plot.id);
  }
  const removedPlotIds = before.filter((p) => !afterIds.has(p.id)).map((p) => p.id);
  return { addedPlotIds, removedPlotIds, changedPlotIds };
}
