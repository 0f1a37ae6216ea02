import { describe, expect, it } from 'vitest';
import { legendRowsOf } from '../../../src/state/legend.ts';
import { THEMES } from '../../../src/state/themes.ts';
import type { LayerData, SourceFeature } from '../../../src/state/types.ts';

function plot(id: string, properties: Record<string, unknown>): SourceFeature {
  return {
    index: 0, id, properties: { id, ...properties },
    geometry: { type: 'Polygon', coordinates: [[[117, 31], [117.001, 31], [117.001, 31.001], [117, 31]]] },
  };
}

const PLOTS: LayerData = {
  version: 1,
  features: [
    plot('a', { landUse: '1001', status: 'built' }),
    plot('b', { landUse: '1001', status: '建成' }),
    plot('c', { landUse: '1101', status: 'vacant' }),
    plot('d', { landUse: '9999' }),
  ],
};

describe('legendRowsOf', () => {
  it('lists the land uses present, in the order of the classification, with their plot counts', () => {
    const rows = legendRowsOf('landUse', PLOTS, []);
    expect(rows.map((r) => [r.code, r.plotCount])).toEqual([['1001', 2], ['1101', 1], [null, 1]]);
  });

  it('uses the same colours as the theme table the map paints with', () => {
    const rows = legendRowsOf('landUse', PLOTS, []);
    const industrial = THEMES.landUse.entries.find((e) => e.value === '1001');
    expect(rows[0]?.color).toBe(industrial?.color);
    expect(rows[2]?.color).toBe(THEMES.landUse.fallbackColor);
  });

  it('counts a Chinese status as the status it names', () => {
    const rows = legendRowsOf('status', PLOTS, []);
    expect(rows.map((r) => [r.value, r.plotCount])).toEqual([['vacant', 1], ['built', 2], [null, 1]]);
  });

  it('counts the engine values for the figure themes', () => {
    const values = [
      { id: 'a', efficiencyClass: 'A' as const, compliance: 'pass' as const },
      { id: 'b', efficiencyClass: null, compliance: 'fail' as const },
    ];
    expect(legendRowsOf('class', PLOTS, values).map((r) => [r.value, r.plotCount])).toEqual([['A', 1], [null, 1]]);
    expect(legendRowsOf('compliance', PLOTS, values).map((r) => [r.value, r.plotCount])).toEqual([['pass', 1], ['fail', 1]]);
  });
});
