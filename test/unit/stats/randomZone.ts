/** Random plots with hand-free footprints for the property-style engine tests and timings. */
import type { PlotFootprint } from '../../../src/domain/footprint.ts';
import type { IndustryCluster, Plot, PlotStatus } from '../../../src/domain/plot.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import type { ZoneEngineInput } from '../../../src/stats/engine.ts';
import { DISTRICTS, LAND_AREA_M2, PARKS, SQUARE } from './zoneFixture.ts';
import { mulberry32 } from '../seededRandom.ts';


const LAND_USES = ['1001', '1101', '0902', '0901', '0701', '1401', '1207'];
const STATUSES: PlotStatus[] = ['vacant', 'reserved', 'allocated', 'under-construction', 'built', 'idle'];
const INDUSTRIES: Array<IndustryCluster | undefined> = ['white-goods', 'leather', 'modern-services', 'logistics', 'other', undefined];

export interface RandomZone {
  plot(id: string): Plot;
  input(plots: Plot[]): ZoneEngineInput;
}

/** A generator of random plots over the fixture's districts; each plot object has its own footprint. */
export function randomZone(seed: number): RandomZone {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const maybe = (value: number): number | undefined => (random() < 0.75 ? value : undefined);
  const footprints = new WeakMap<Plot, PlotFootprint>();
  const plot = (id: string): Plot => {
    const industry = pick(INDUSTRIES);
    const p: Plot = {
      id, geometry: SQUARE, properties: { id },
      attributes: {
        landUse: pick(LAND_USES), status: pick(STATUSES), ...(industry === undefined ? {} : { industry }),
        ...(random() < 0.7 ? { enterprise: `firm-${Math.floor(random() * 40)}` } : {}),
        investmentWanYuan: maybe(random() * 20_000), outputWanYuanPerYear: maybe(random() * 30_000), taxWanYuanPerYear: maybe(random() * 2_000),
        floorAreaM2: maybe(random() * 40_000), greenAreaM2: maybe(random() * 3_000), standardFactory: random() < 0.2, leasedFloorAreaM2: maybe(random() * 10_000),
      },
    };
    const areaM2 = 1_000 + random() * 60_000;
    const split = random() < 0.3 ? random() : 1;
    const districts: Array<[string, number]> = split < 1 ? [['north', areaM2 * split], ['west', areaM2 * (1 - split)]] : [[pick(['north', 'west']), areaM2]];
    footprints.set(p, {
      plotId: id, areaM2,
      districtShares: districts.map(([areaId, m2]) => ({ areaId, areaM2: m2 })),
      parkShares: random() < 0.3 ? [{ areaId: 'wg', areaM2: areaM2 * 0.5 }] : [],
      centroid: [116 + random() * 0.05, 40 + random() * 0.05],
    });
    return p;
  };
  return {
    plot,
    input: (plots) => ({
      districts: DISTRICTS, parks: PARKS, plots, thresholds: EXAMPLE_THRESHOLDS,
      footprintOf: (p) => {
        const footprint = footprints.get(p);
        if (footprint === undefined) throw new Error(`no footprint for ${p.id}`);
        return footprint;
      },
      landAreaM2: (areaId) => LAND_AREA_M2[areaId] ?? 0,
    }),
  };
}
