/**
 * A hand-made two-district zone with hand-given footprints (no geo layer): every expected number
 * in the stats tests is worked out by hand from this table.
 *
 *   district north: land 1 000 000 m² (1 km²)   district west: land 2 000 000 m² (2 km²)
 *   park wg (white-goods park, in north): land 200 000 m²
 *
 *   plot  area m²  shares                 landUse  industry         status  enterprise  figures
 *   P1    20 000   north 20 000, wg       1001     white-goods      built   Haier       inv 9000 out 15000 tax 900
 *                                                                                       floor 20000 footprint 10000 green 2000 admin 1000
 *   P2    10 000   north 3 000 / west 7 000 1001   white-goods      built   Midea       inv 3000 out 2000 tax 100
 *   P3    30 000   west                   0902     modern-services  allocated FinCo     —
 *   P4    40 000   west                   1401     —                —       —           —   (park green: not developable)
 *   P5    10 000   north                  1001     —                vacant  —           —
 *   P6    20 000   west                   1101     logistics        idle    ShipCo      out 1000
 *   P7     5 000   north                  1001     other            built   SmallCo     standard factory: floor 8000 leased 6000
 */
import type { PlotFootprint } from '../../../src/domain/footprint.ts';
import type { PolygonGeometry } from '../../../src/domain/geometry.ts';
import type { Plot, PlotAttributes } from '../../../src/domain/plot.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import type { District, Park } from '../../../src/domain/zone.ts';
import type { ZoneEngineInput } from '../../../src/stats/engine.ts';

export const SQUARE: PolygonGeometry = { type: 'Polygon', coordinates: [[[116, 40], [116.001, 40], [116.001, 40.001], [116, 40]]] };

export function plotOf(id: string, attributes: PlotAttributes): Plot {
  return { id, geometry: SQUARE, attributes, properties: { id } };
}

export function footprintOf(plotId: string, areaM2: number, districts: Array<[string, number]>, parks: Array<[string, number]> = [], centroid: [number, number] = [116, 40]): PlotFootprint {
  return {
    plotId,
    areaM2,
    districtShares: districts.map(([areaId, m2]) => ({ areaId, areaM2: m2 })),
    parkShares: parks.map(([areaId, m2]) => ({ areaId, areaM2: m2 })),
    centroid,
  };
}

export const DISTRICTS: District[] = [
  { id: 'north', name: '北区', nameEn: 'North', brief: '做优', geometry: SQUARE, properties: {} },
  { id: 'west', name: '西区', nameEn: 'West', brief: '做强', geometry: SQUARE, properties: {} },
];
export const PARKS: Park[] = [{ id: 'wg', name: '白色家电园', nameEn: 'White goods park', districtId: 'north', cluster: 'white-goods', geometry: SQUARE, properties: {} }];
export const LAND_AREA_M2: Record<string, number> = { north: 1_000_000, west: 2_000_000, wg: 200_000 };

export const PLOTS: Plot[] = [
  plotOf('P1', { landUse: '1001', industry: 'white-goods', status: 'built', enterprise: 'Haier', investmentWanYuan: 9000, outputWanYuanPerYear: 15000, taxWanYuanPerYear: 900, floorAreaM2: 20000, footprintAreaM2: 10000, greenAreaM2: 2000, adminAreaM2: 1000 }),
  plotOf('P2', { landUse: '1001', industry: 'white-goods', status: 'built', enterprise: 'Midea', investmentWanYuan: 3000, outputWanYuanPerYear: 2000, taxWanYuanPerYear: 100 }),
  plotOf('P3', { landUse: '0902', industry: 'modern-services', status: 'allocated', enterprise: 'FinCo' }),
  plotOf('P4', { landUse: '1401' }),
  plotOf('P5', { landUse: '1001', status: 'vacant' }),
  plotOf('P6', { landUse: '1101', industry: 'logistics', status: 'idle', enterprise: 'ShipCo', outputWanYuanPerYear: 1000 }),
  plotOf('P7', { landUse: '1001', industry: 'other', status: 'built', enterprise: 'SmallCo', standardFactory: true, floorAreaM2: 8000, leasedFloorAreaM2: 6000 }),
];

export const FOOTPRINTS: Record<string, PlotFootprint> = {
  P1: footprintOf('P1', 20_000, [['north', 20_000]], [['wg', 20_000]]),
  P2: footprintOf('P2', 10_000, [['north', 3_000], ['west', 7_000]]),
  P3: footprintOf('P3', 30_000, [['west', 30_000]]),
  P4: footprintOf('P4', 40_000, [['west', 40_000]]),
  P5: footprintOf('P5', 10_000, [['north', 10_000]]),
  P6: footprintOf('P6', 20_000, [['west', 20_000]]),
  P7: footprintOf('P7', 5_000, [['north', 5_000]]),
};

/** A plot of the table by id (P1 … P7). */
export function fixturePlot(id: string): Plot {
  const plot = PLOTS.find((p) => p.id === id);
  if (plot === undefined) throw new Error(`no fixture plot ${id}`);
  return plot;
}

export function fixtureFootprint(id: string): PlotFootprint {
  const footprint = FOOTPRINTS[id];
  if (footprint === undefined) throw new Error(`no fixture footprint ${id}`);
  return footprint;
}

export function fixtureInput(plots: Plot[] = PLOTS, footprints: Record<string, PlotFootprint> = FOOTPRINTS): ZoneEngineInput {
  return {
    districts: DISTRICTS,
    parks: PARKS,
    plots,
    thresholds: EXAMPLE_THRESHOLDS,
    footprintOf: (plot) => {
      const footprint = footprints[plot.id];
      if (footprint === undefined) throw new Error(`no footprint for ${plot.id}`);
      return footprint;
    },
    landAreaM2: (areaId) => LAND_AREA_M2[areaId] ?? 0,
  };
}
