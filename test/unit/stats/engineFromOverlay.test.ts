import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../../../src/domain/geometry.ts';
import type { Plot } from '../../../src/domain/plot.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import type { District } from '../../../src/domain/zone.ts';
import { createZoneEngineForZone } from '../../../src/stats/engineFromOverlay.ts';
import { geodesicRingAreaM2 } from './geodesicOracle.ts';

function box(west: number, south: number, east: number, north: number): PolygonGeometry {
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

const DISTRICTS: District[] = [
  { id: 'west', name: '西区', nameEn: 'West', brief: '做强', geometry: box(116.0, 30.0, 116.01, 30.01), properties: {} },
  { id: 'east', name: '东区', nameEn: 'East', brief: '规范', geometry: box(116.01, 30.0, 116.02, 30.01), properties: {} },
];

describe('zone engine over the geo overlay', () => {
  it('splits a plot across the district boundary 30/70 and measures districts on the ellipsoid', () => {
    const geometry = box(116.007, 30.002, 116.017, 30.004);
    const plot: Plot = { id: 'S1', geometry, attributes: { landUse: '1001', status: 'built', industry: 'logistics', enterprise: 'Rail' }, properties: {} };
    const { engine } = createZoneEngineForZone({ districts: DISTRICTS, parks: [], plots: [plot], thresholds: EXAMPLE_THRESHOLDS });
    const plotAreaM2 = geodesicRingAreaM2(geometry.coordinates[0] ?? []);
    const [west, east] = engine.stats().districts;
    expect(west?.suppliedAreaM2).toBeCloseTo(0.3 * plotAreaM2, -1);
    expect(east?.suppliedAreaM2).toBeCloseTo(0.7 * plotAreaM2, -1);
    expect(engine.stats().zone.suppliedAreaM2).toBeCloseTo(plotAreaM2, -1);
    expect(west?.landAreaM2).toBeCloseTo(geodesicRingAreaM2(box(116.0, 30.0, 116.01, 30.01).coordinates[0] ?? []), -1);
    expect(engine.stats().clusters.find((c) => c.areaId === 'east' && c.industry === 'logistics')?.enterpriseCount).toBe(1);
    expect(engine.plotFigures('S1')?.districtIds).toEqual(['east', 'west']);
  });
});
