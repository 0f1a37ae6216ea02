import { describe, expect, it } from 'vitest';
import { extrusionDataOf } from '../../../src/state/presentExtrusion.ts';
import { THEMES } from '../../../src/state/themes.ts';
import type { LayerData, SourceFeature } from '../../../src/state/types.ts';

function plot(id: string, properties: Record<string, unknown>): SourceFeature {
  return { index: 0, id, properties: { id, ...properties }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.001, 0], [0.001, 0.001], [0, 0]]] } };
}

const PLOTS: LayerData = {
  version: 1,
  features: [
    plot('given', { status: 'built', heightM: 30 }),
    plot('derived', { status: 'vacant', floorArea: 9000, footprintArea: 4500 }),
    plot('flat', { status: 'nonsense' }),
  ],
};

describe('3D data of the plots', () => {
  it('gives each plot its height and the colour the legend shows for it, and counts derived heights', () => {
    const data = extrusionDataOf(PLOTS, 'status', []);
    const byId = new Map(data.collection.features.map((f) => [f.properties.id, f.properties]));
    const colours = new Map(THEMES.status.entries.map((e) => [e.value, e.color]));
    expect(byId.get('given')).toEqual({ id: 'given', heightM: 30, derived: false, color: colours.get('built') });
    expect(byId.get('derived')?.derived).toBe(true);
    expect(byId.get('derived')?.heightM).toBeCloseTo(7.6, 9);
    expect(byId.get('derived')?.color).toBe(colours.get('vacant'));
    expect(byId.get('flat')).toEqual({ id: 'flat', heightM: 0, derived: false, color: THEMES.status.fallbackColor });
    expect(data.derivedCount).toBe(1);
  });

  it('colours by the engine\'s values for the efficiency-class theme', () => {
    const data = extrusionDataOf(PLOTS, 'class', [{ id: 'given', efficiencyClass: 'A', compliance: 'pass' }]);
    expect(data.collection.features[0]?.properties.color).toBe(THEMES.class.entries.find((e) => e.value === 'A')?.color);
  });
});
