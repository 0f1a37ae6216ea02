import { describe, expect, it } from 'vitest';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import { reduce } from '../../../src/state/actions.ts';
import { initialState } from '../../../src/state/initialState.ts';
import { presetsOf } from '../../../src/state/presetActions.ts';
import { complianceCountsOf, currentPresetOf, presetChoicesOf } from '../../../src/state/presetSelectors.ts';
import { compareRowsOf, changeFeaturesOf } from '../../../src/state/compareSelectors.ts';
import type { ZoneComparison } from '../../../src/stats/compare.ts';

const mine = { ...EXAMPLE_THRESHOLDS, id: 'mine', isExample: false, name: '严格', nameEn: 'Strict', minInvestmentWanYuanPerMu: 1000 };

describe('preset state', () => {
  it('lists the shipped example first, then the stored presets, and switches to a stored one', () => {
    const stored = reduce(initialState('zh', ''), { type: 'presets-stored', presets: [mine] });
    expect(presetChoicesOf(stored).map((p) => p.id)).toEqual([EXAMPLE_THRESHOLDS.id, 'mine']);
    expect(currentPresetOf(stored).id).toBe(EXAMPLE_THRESHOLDS.id);
    const chosen = reduce(stored, { type: 'preset-chosen', presetId: 'mine' });
    expect(currentPresetOf(chosen).minInvestmentWanYuanPerMu).toBe(1000);
    expect(presetsOf(chosen).userPresets).toHaveLength(1);
  });

  it('counts 2 failing, 1 passing and 1 plot without data', () => {
    const counts = complianceCountsOf([
      { id: 'a', efficiencyClass: null, compliance: 'fail' }, { id: 'b', efficiencyClass: null, compliance: 'fail' },
      { id: 'c', efficiencyClass: 'A', compliance: 'pass' }, { id: 'd', efficiencyClass: null, compliance: 'no-data' },
    ]);
    expect(counts).toEqual({ fail: 2, pass: 1, noData: 1 });
  });
});

describe('comparison selectors', () => {
  const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 0]]] });
  const comparison = {
    addedPlotIds: ['n'], removedPlotIds: ['r'], changedPlotIds: ['c'], projectedPlotIds: [],
    figures: [
      { areaId: 'zone', figure: 'idleAreaM2', before: 10, after: 25, change: 15, projected: false },
      { areaId: 'd1', figure: 'idleAreaM2', before: 0, after: 15, change: 15, projected: false },
    ],
  } as unknown as ZoneComparison;

  it('lists one area\'s figures only', () => {
    expect(compareRowsOf(comparison, 'd1').map((r) => r.change)).toEqual([15]);
    expect(compareRowsOf(comparison, 'p9')).toEqual([]);
  });

  it('outlines added and changed plots with their new shapes and removed plots with their old ones', () => {
    const before = [{ id: 'r', geometry: square(0), properties: {} }, { id: 'c', geometry: square(1), properties: {} }];
    const after = [{ id: 'n', geometry: square(5), properties: {} }, { id: 'c', geometry: square(7), properties: {} }];
    const features = changeFeaturesOf(comparison, before, after).features;
    expect(features.map((f) => [f.properties?.['id'], f.properties?.['change'], f.geometry.coordinates[0]?.[0]?.[0]])).toEqual([
      ['n', 'added', 5], ['c', 'changed', 7], ['r', 'removed', 0],
    ]);
  });
});
