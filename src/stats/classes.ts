/**
 * A–D classes of built enterprise plots by tax per 亩 (亩均税收), DESIGN.md §3:
 * A top 25 %, B next 45 %, C next 25 %, D last 5 %.
 *
 * Rounding rule: the n ranked plots (highest tax per 亩 first, positions 0 … n−1) are cut at
 * cumulative counts rounded half up to whole plots,
 *   nA = ⌊(25·n + 50) / 100⌋, nAB = ⌊(70·n + 50) / 100⌋, nABC = ⌊(95·n + 50) / 100⌋,
 * so position p is A when p < nA, B when p < nAB, C when p < nABC, else D. Integer arithmetic,
 * no floating cut. For 20 plots: 5 A, 9 B, 5 C, 1 D; for 7 plots: 2 A, 3 B, 2 C, 0 D (D appears
 * from 11 plots on, when 5 % reaches half a plot).
 * Ties: plots whose tax per 亩 is equal (within 1e-9 relative) share the class of the best-
 * placed among them, so equal plots are never split across classes (a tie at a cut can make a
 * class larger than its quota).
 * Who is ranked: plots with status 'built', an enterprise and a tax per 亩; the others have no
 * class (null).
 */
import type { EfficiencyClass } from './types.ts';

export interface ClassCandidate {
  plotId: string;
  taxWanYuanPerMu: number;
}

const CUMULATIVE_PERCENT: ReadonlyArray<[EfficiencyClass, number]> = [['A', 25], ['B', 70], ['C', 95], ['D', 100]];
const TIE_TOLERANCE = 1e-9;

/** How many of n ranked plots fall in each class, before ties. */
export function classCuts(n: number): Record<EfficiencyClass, number> {
  const cut = (percent: number): number => Math.floor((percent * n + 50) / 100);
  const a = cut(25);
  const ab = cut(70);
  const abc = cut(95);
  return { A: a, B: ab - a, C: abc - ab, D: n - abc };
}

function classAtPosition(position: number, n: number): EfficiencyClass {
  for (const [efficiencyClass, percent] of CUMULATIVE_PERCENT) {
    if (position < Math.floor((percent * n + 50) / 100)) return efficiencyClass;
  }
  return 'D';
}

function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** The class of each candidate, keyed by plot id. */
export function assignClasses(candidates: readonly ClassCandidate[]): Map<string, EfficiencyClass> {
  const ranked = [...candidates].sort((x, y) => y.taxWanYuanPerMu - x.taxWanYuanPerMu || compareIds(x.plotId, y.plotId));
  const n = ranked.length;
  const classes = new Map<string, EfficiencyClass>();
  let tieClass: EfficiencyClass = 'A';
  ranked.forEach((candidate, position) => {
    const previous = ranked[position - 1];
    const tied = previous !== undefined && isTie(previous.taxWanYuanPerMu, candidate.taxWanYuanPerMu);
    if (!tied) tieClass = classAtPosition(position, n);
    classes.set(candidate.plotId, tieClass);
  });
  return classes;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
