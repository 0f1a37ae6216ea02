import { describe, expect, it } from 'vitest';
import type { SketchFeature } from '../../../src/domain/sketch.ts';
import { cachedFiguresOf, changeToFeatures, layerEquals, occupancyOf, plotsFileText, sketchFeaturesOf } from '../../../src/state/sketchModel.ts';
import type { LayerData, SourceFeature } from '../../../src/state/types.ts';
import type { ZoneStats } from '../../../src/stats/types.ts';

function square(x: number): SketchFeature['geometry'] {
  return { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] };
}

function source(id: string, x: number, properties: Record<string, unknown> = { landUse: '1001' }): SourceFeature {
  return { index: x, id, geometry: square(x), properties, themeKeys: { landUse: '1001', status: '', industry: '' } };
}

const LAYER: LayerData = { version: 3, features: [source('A', 0), source('B', 2, { landUse: '0901', 名称: '商务区' }), source('C', 4)] };

describe('sketch model', () => {
  it('keeps a plot as stored: id, geometry and property bag, nothing derived', () => {
    const [first] = sketchFeaturesOf(LAYER);
    expect(first).toEqual({ id: 'A', geometry: square(0), properties: { landUse: '1001' } });
    expect(Object.keys(first ?? {})).toEqual(['id', 'geometry', 'properties']);
  });

  it('writes the plots as a FeatureCollection with feature-level ids, Chinese text as it is', () => {
    const parsed = JSON.parse(plotsFileText(sketchFeaturesOf(LAYER))) as { type: string; features: { id: string; properties: Record<string, unknown> }[] };
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features.map((f) => f.id)).toEqual(['A', 'B', 'C']);
    expect(parsed.features[1]?.properties['名称']).toBe('商务区');
  });

  it('turns the plan into a version: plots gone are removed, new ones added, differing ones changed', () => {
    const target: SketchFeature[] = [
      { id: 'A', geometry: square(0), properties: { landUse: '1001' } },
      { id: 'B', geometry: square(2), properties: { landUse: '1101' } },
      { id: 'D', geometry: square(6), properties: {} },
    ];
    const change = changeToFeatures(LAYER, target);
    expect(change.removed.map((p) => p.id)).toEqual(['C']);
    expect(change.added.map((p) => p.id)).toEqual(['D']);
    expect(change.changed.map((c) => [c.before.properties['landUse'], c.after.properties['landUse']])).toEqual([['0901', '1101']]);
  });

  it('finds nothing to change between a layer and its own stored copy', () => {
    const change = changeToFeatures(LAYER, sketchFeaturesOf(LAYER));
    expect(change).toEqual({ added: [], removed: [], changed: [] });
    expect(layerEquals(LAYER, sketchFeaturesOf(LAYER))).toBe(true);
  });

  it('tells a layer from a stored copy whose order or content differs', () => {
    const stored = sketchFeaturesOf(LAYER);
    expect(layerEquals(LAYER, [...stored].reverse())).toBe(false);
    expect(layerEquals(LAYER, stored.slice(0, 2))).toBe(false);
    expect(layerEquals(LAYER, stored.map((f) => (f.id === 'C' ? { ...f, geometry: square(5) } : f)))).toBe(false);
  });

  it('keeps the zone supply ratio with a save, and nothing when it is no data', () => {
    const stats = (ratio: number | null) => ({ zone: { occupancyRatio: ratio } }) as unknown as ZoneStats;
    expect(cachedFiguresOf(stats(0.625))).toEqual({ occupancyRatio: 0.625 });
    expect(cachedFiguresOf(stats(null))).toEqual({});
    expect(cachedFiguresOf(null)).toEqual({});
    expect(occupancyOf({ occupancyRatio: 0.5 })).toBe(0.5);
    expect(occupancyOf(undefined)).toBeNull();
  });
});
