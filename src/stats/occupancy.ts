/**
 * Occupancy of a district, park or the zone (DESIGN.md §3) from its running sums:
 * 土地供应率 supplied ÷ developable, 土地建成率 built ÷ supplied, idle ÷ supplied,
 * coverage plotted ÷ land, 工业用地率 industrial ÷ developable, and the standard-factory
 * 入驻率 Σ leased ÷ Σ floor over standard factories that report both (a factory with only one
 * of the two would push the ratio off; its known figure still counts in the totals).
 * Every ratio with a zero denominator is null ("no data").
 */
import { ratioOf } from '../domain/ratio.ts';
import type { Occupancy } from './types.ts';
import type { AreaTotals } from './sums.ts';

export function occupancyOf(areaId: string, landAreaM2: number, totals: AreaTotals): Occupancy {
  const plottedAreaM2 = totals.get('plottedAreaM2');
  const developableAreaM2 = totals.get('developableAreaM2');
  const suppliedAreaM2 = totals.get('suppliedAreaM2');
  const builtAreaM2 = totals.get('builtAreaM2');
  const idleAreaM2 = totals.get('idleAreaM2');
  const industrialAreaM2 = totals.get('industrialAreaM2');
  return {
    areaId,
    landAreaM2,
    plotCount: Math.round(totals.get('plotCount')),
    plottedAreaM2,
    developableAreaM2,
    suppliedAreaM2,
    builtAreaM2,
    idleAreaM2,
    vacantAreaM2: totals.get('vacantAreaM2'),
    industrialAreaM2,
    standardFactoryFloorAreaM2: totals.get('standardFactoryFloorAreaM2'),
    standardFactoryLeasedFloorAreaM2: totals.get('standardFactoryLeasedFloorAreaM2'),
    occupancyRatio: ratioOf(suppliedAreaM2, developableAreaM2),
    builtRatio: ratioOf(builtAreaM2, suppliedAreaM2),
    idleRatio: ratioOf(idleAreaM2, suppliedAreaM2),
    coverageRatio: ratioOf(plottedAreaM2, landAreaM2),
    industrialLandRatio: ratioOf(industrialAreaM2, developableAreaM2),
    standardFactoryOccupancyRatio: ratioOf(
      totals.get('pairedFactoryLeasedFloorAreaM2'),
      totals.get('pairedFactoryFloorAreaM2'),
    ),
  };
}
