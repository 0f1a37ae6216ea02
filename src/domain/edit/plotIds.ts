/**
 * Codes (地块编号) for new plots, following the zone's own pattern. A code is read as a prefix
 * and a trailing number: "N-012-03" is prefix "N-012-" (district letter, block) and sequence
 * 3 written on 2 digits; "0042" is prefix "" and 42 on 4 digits; "P12" is "P" and 12.
 *
 * The new code continues a group (the codes sharing a prefix) with the highest number in that
 * group plus one, zero-padded to the group's narrowest width ("N-012-03" → "N-012-04", and
 * "N-012-99" → "N-012-100"). Which group:
 *   - `hint` a code (a neighbour of the new plot, e.g. the plot it was split from): its group;
 *   - `hint` a bare prefix ending in a non-digit and not itself a code ("N-091-"): that group,
 *     started at 1 with the width of the zone's usual last number when empty ("N-091-01");
 *   - no hint (or a code without a number): the group of the highest code (natural order) of
 *     the zone's commonest pattern (letters read as A, digits as 9: "N-012-03" is "A-999-99").
 * With no code to learn from, "P-0001", "P-0002", … Codes are never reused: the highest number
 * plus one, not the first gap, so a deleted plot's code does not come back to mean another plot.
 */

interface ParsedId {
  prefix: string;
  number: number;
  digits: number;
}

const TRAILING_NUMBER = /^(.*?)(\d{1,15})$/;
const FALLBACK_PREFIX = 'P-';
const FALLBACK_WIDTH = 4;

function parseId(id: string): ParsedId | null {
  const match = TRAILING_NUMBER.exec(id);
  if (match === null) return null;
  const digits = match[2] as string;
  return { prefix: match[1] as string, number: Number(digits), digits: digits.length };
}

function patternOf(id: string): string {
  return id.replace(/\p{L}/gu, 'A').replace(/\d/g, '9');
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The code the group is taken from when no hint is given, or null when no code has a number. */
function baseWithoutHint(ids: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const id of ids) if (parseId(id) !== null) counts.set(patternOf(id), (counts.get(patternOf(id)) ?? 0) + 1);
  let best: string | null = null;
  for (const [pattern, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = pattern;
  if (best === null) return null;
  const members = ids.filter((id) => patternOf(id) === best && parseId(id) !== null).sort(naturalCompare);
  return members[members.length - 1] ?? null;
}

/** The usual width of the last number of the commonest pattern (for starting a new group). */
function usualWidth(ids: readonly string[]): number {
  const base = baseWithoutHint(ids);
  return base === null ? FALLBACK_WIDTH : (parseId(base)?.digits ?? FALLBACK_WIDTH);
}

function nextInGroup(ids: readonly string[], taken: ReadonlySet<string>, prefix: string, emptyWidth: number): string {
  let max = 0;
  let width = Infinity;
  for (const id of ids) {
    const parsed = parseId(id);
    if (parsed === null || parsed.prefix !== prefix) continue;
    max = Math.max(max, parsed.number);
    width = Math.min(width, parsed.digits);
  }
  const digits = width === Infinity ? emptyWidth : width;
  for (let n = max + 1; ; n++) {
    const id = `${prefix}${String(n).padStart(digits, '0')}`;
    if (!taken.has(id)) return id;
  }
}

/** A new, unique plot code following the zone's pattern (see the file comment). */
export function nextPlotId(existingIds: Iterable<string>, hint?: string): string {
  const ids = [...new Set(existingIds)];
  const taken = new Set(ids);
  const trimmed = hint?.trim() ?? '';
  if (trimmed !== '') {
    const parsed = parseId(trimmed);
    if (parsed !== null) return nextInGroup(ids, taken, parsed.prefix, parsed.digits);
    if (!taken.has(trimmed)) return nextInGroup(ids, taken, trimmed, usualWidth(ids));
  }
  const base = baseWithoutHint(ids);
  const parsed = base === null ? null : parseId(base);
  if (parsed === null) return nextInGroup(ids, taken, FALLBACK_PREFIX, FALLBACK_WIDTH);
  return nextInGroup(ids, taken, parsed.prefix, parsed.digits);
}

/** `count` new codes, distinct from each other and from `existingIds`, in the order issued. */
export function nextPlotIds(existingIds: Iterable<string>, count: number, hint?: string): string[] {
  const taken = [...existingIds];
  const issued: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = nextPlotId(taken, hint);
    taken.push(id);
    issued.push(id);
  }
  return issued;
}
