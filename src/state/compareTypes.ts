/**
 * Review mode's comparison in the UI state: which plot sets are compared (the baseline — the
 * zone as loaded —, the plots on the map now, or a stored sketch), which area's figures are
 * listed, and the stored sketches to choose from.
 */
export const BASELINE_SET = 'baseline';
export const CURRENT_SET = 'current';

export interface CompareState {
  /** BASELINE_SET, CURRENT_SET or a sketch id */
  beforeId: string;
  afterId: string;
  /** 'zone', a district id or a park id */
  areaId: string;
  sketches: readonly { id: string; name: string }[];
}

export function initialCompareState(): CompareState {
  return { beforeId: BASELINE_SET, afterId: CURRENT_SET, areaId: 'zone', sketches: [] };
}
