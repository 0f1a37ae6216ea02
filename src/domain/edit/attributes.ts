/**
 * Editing the attributes of one or several plots at once (the attribute form). The patch goes
 * into each plot's verbatim property bag: keys not in the patch are untouched, unknown keys
 * included; a key whose patch value is `undefined` is removed. Known keys are checked first
 * (attributePatch.ts); any bad value refuses the whole patch with one problem per key, and no
 * plot changes. The typed attributes are then derived again from the new bag.
 *
 * @example
 *   setPlotAttributes([plot], { landUse: '1001', investment: 5000, note: undefined })
 */
import type { PlotChangeSet } from '../changeSet.ts';
import { readPlotAttributes } from '../parse.ts';
import type { Plot } from '../plot.ts';
import type { AttributeEditProblem } from './attributePatch.ts';
import { checkAttributeEntry } from './attributePatch.ts';
import { withProperty } from './plotCopy.ts';

export type { AttributeEditProblem, AttributeEditReason } from './attributePatch.ts';

export type AttributeEditResult = { ok: true; change: PlotChangeSet } | { ok: false; problems: AttributeEditProblem[] };

type Entry = [key: string, value: unknown];

function checkPatch(patch: Readonly<Record<string, unknown>>): { entries: Entry[]; problems: AttributeEditProblem[] } {
  const entries: Entry[] = [];
  const problems: AttributeEditProblem[] = [];
  for (const key of Object.keys(patch)) {
    const checked = checkAttributeEntry(key, patch[key]);
    if (checked.ok) entries.push([key, checked.value]);
    else problems.push(checked.problem);
  }
  return { entries, problems };
}

/** The bag with the entries applied, or the same bag when nothing changes. */
function patchedBag(bag: Readonly<Record<string, unknown>>, entries: readonly Entry[]): Readonly<Record<string, unknown>> {
  let next = bag;
  for (const [key, value] of entries) {
    const has = Object.hasOwn(next, key);
    if (value === undefined) {
      if (!has) continue;
      next = Object.fromEntries(Object.entries(next).filter(([k]) => k !== key));
    } else if (!has || !Object.is(next[key], value)) {
      next = withProperty(next, key, value);
    }
  }
  return next;
}

/** Applies the patch to every plot; plots the patch leaves as they are are not in the change. */
export function setPlotAttributes(plots: readonly Plot[], patch: Readonly<Record<string, unknown>>): AttributeEditResult {
  const { entries, problems } = checkPatch(patch);
  if (problems.length > 0) return { ok: false, problems };
  const changed: { before: Plot; after: Plot }[] = [];
  for (const before of plots) {
    const properties = patchedBag(before.properties, entries);
    if (properties === before.properties) continue;
    const { attributes } = readPlotAttributes(properties);
    changed.push({ before, after: { id: before.id, geometry: before.geometry, attributes, properties } });
  }
  return { ok: true, change: { added: [], removed: [], changed } };
}
