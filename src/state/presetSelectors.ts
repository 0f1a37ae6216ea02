/**
 * What the preset panel shows: the presets to choose from (the shipped example first), the
 * current preset, and how many plots fail it (counted from the engine's per-plot verdicts).
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { PRESETS } from './coreViews.ts';
import type { PlotThemeValue } from './engineProtocol.ts';
import { presetsOf } from './presetActions.ts';
import type { AppState } from './types.ts';

export function presetChoicesOf(state: AppState): ThresholdPreset[] {
  return [...PRESETS.values(), ...presetsOf(state).userPresets];
}

/** The preset the figures use: the chosen one, else the shipped example. */
export function currentPresetOf(state: AppState): ThresholdPreset {
  const choices = presetChoicesOf(state);
  const found = choices.find((p) => p.id === state.presetId);
  const fallback = choices[0];
  if (found !== undefined) return found;
  if (fallback === undefined) throw new Error('no threshold preset is shipped');
  return fallback;
}

export interface ComplianceCounts {
  fail: number;
  pass: number;
  noData: number;
}

const countMemo = new WeakMap<readonly PlotThemeValue[], ComplianceCounts>();

/** Plots failing, passing and without data for the current preset's verdicts. */
export function complianceCountsOf(values: readonly PlotThemeValue[]): ComplianceCounts {
  const hit = countMemo.get(values);
  if (hit !== undefined) return hit;
  const counts: ComplianceCounts = { fail: 0, pass: 0, noData: 0 };
  for (const v of values) {
    if (v.compliance === 'fail') counts.fail += 1;
    else if (v.compliance === 'pass') counts.pass += 1;
    else counts.noData += 1;
  }
  countMemo.set(values, counts);
  return counts;
}

/** A fresh id for a user preset (a new id on every save, so cached figures are never stale). */
export function newPresetId(nowMs: number, random: number): string {
  return `user-${nowMs.toString(36)}-${Math.floor(random * 1e6).toString(36)}`;
}
