import { describe, expect, it } from 'vitest';
import type { Scene } from '../../../src/domain/sketch.ts';
import { headlineOf } from '../../../src/state/presentHeadline.ts';
import type { Occupancy, ZoneStats } from '../../../src/stats/types.ts';

function occupancy(areaId: string, patch: Partial<Occupancy>): Occupancy {
  return {
    areaId, landAreaM2: 0, plotCount: 0, plottedAreaM2: 0, developableAreaM2: 0, suppliedAreaM2: 0, builtAreaM2: 0, idleAreaM2: 0,
    vacantAreaM2: 0, industrialAreaM2: 0, standardFactoryFloorAreaM2: 0, standardFactoryLeasedFloorAreaM2: 0, occupancyRatio: null,
    builtRatio: null, idleRatio: null, coverageRatio: null, industrialLandRatio: null, standardFactoryOccupancyRatio: null, ...patch,
  };
}

const STATS = {
  zone: occupancy('zone', { developableAreaM2: 2_000_000, occupancyRatio: 0.5 }),
  districts: [occupancy('west', { developableAreaM2: 200_000, vacantAreaM2: 40_000, occupancyRatio: 0.8, builtRatio: null })],
  parks: [], clusters: [], agglomeration: {}, efficiency: [],
} as unknown as ZoneStats;

const SCENE: Scene = { id: 's', title: 't', caption: '', camera: { center: [0, 0], zoom: 1, bearing: 0, pitch: 0 }, theme: 'landUse', layers: [] };

describe('headline numbers of a scene', () => {
  it('shows the highlighted district\'s figures, areas in 亩 and "no data" ratios as null', () => {
    const headline = headlineOf({ ...SCENE, highlight: 'west', headline: ['developableArea', 'vacantArea', 'occupancyRatio', 'builtRatio'] }, STATS);
    expect(headline?.areaId).toBe('west');
    expect(headline?.figures).toEqual([
      { key: 'developableArea', kind: 'areaMu', value: 300 },
      { key: 'vacantArea', kind: 'areaMu', value: 60 },
      { key: 'occupancyRatio', kind: 'ratio', value: 0.8 },
      { key: 'builtRatio', kind: 'ratio', value: null },
    ]);
  });

  it('falls back to the whole zone when nothing is highlighted, and skips unknown keys', () => {
    const headline = headlineOf({ ...SCENE, headline: ['occupancyRatio', 'nonsense'] }, STATS);
    expect(headline).toEqual({ areaId: null, figures: [{ key: 'occupancyRatio', kind: 'ratio', value: 0.5 }] });
  });

  it('has no headline when the scene asks for none or the figures are not ready', () => {
    expect(headlineOf(SCENE, STATS)).toBeNull();
    expect(headlineOf({ ...SCENE, headline: ['occupancyRatio'] }, null)).toBeNull();
  });
});
