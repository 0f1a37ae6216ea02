/**
 * ZoneStats (types.ts) read from the running sums: occupancy, cluster density, agglomeration and
 * the per-亩 roll-up of every district, every park and the zone, in the order the districts and
 * parks were given, the zone last. Pure reading: O(areas × fields), independent of plot count.
 */
import type { District, Park } from '../domain/zone.ts';
import type { SumAggregator } from './aggregator.ts';
import { agglomerationOf } from './agglomeration.ts';
import type { ClusterArea } from './clusterDensity.ts';
import { clusterDensityRows } from './clusterDensity.ts';
import { rolledUpEfficiency } from './efficiency.ts';
import { occupancyOf } from './occupancy.ts';
import type { AreaLevel } from './sums.ts';
import { ZONE_ID } from './sums.ts';
import type { Efficiency, ZoneStats } from './types.ts';

/** The districts and parks of a zone with the land area of each, m². */
export interface ZoneLayout {
  districts: ReadonlyArray<Pick<District, 'id'> & { landAreaM2: number }>;
  parks: ReadonlyArray<Pick<Park, 'id'> & { landAreaM2: number }>;
}

/** Land area of the zone: the sum of its districts. */
export function zoneLandAreaM2(layout: ZoneLayout): number {
  return layout.districts.reduce((sum, d) => sum + d.landAreaM2, 0);
}

function areaOf(aggregator: SumAggregator, level: AreaLevel, area: { id: string; landAreaM2: number }): ClusterArea {
  return { areaId: area.id, landAreaM2: area.landAreaM2, totals: aggregator.totals(level, area.id) };
}

export function buildZoneStats(aggregator: SumAggregator, layout: ZoneLayout): ZoneStats {
  const districts = layout.districts.map((d) => areaOf(aggregator, 'district', d));
  const parks = layout.parks.map((p) => areaOf(aggregator, 'park', p));
  const zone: ClusterArea = { areaId: ZONE_ID, landAreaM2: zoneLandAreaM2(layout), totals: aggregator.totals('zone', ZONE_ID) };
  const occupancy = (a: ClusterArea) => occupancyOf(a.areaId, a.landAreaM2, a.totals);
  const efficiency = (a: ClusterArea): { areaId: string } & Efficiency => ({ areaId: a.areaId, ...rolledUpEfficiency(a.totals) });
  return {
    zone: occupancy(zone),
    districts: districts.map(occupancy),
    parks: parks.map(occupancy),
    clusters: clusterDensityRows(districts, zone),
    agglomeration: agglomerationOf(zone.totals),
    efficiency: [...districts, ...parks, zone].map(efficiency),
  };
}
