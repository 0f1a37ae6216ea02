/**
 * Cluster density per district × industry cluster, and the zone rows (DESIGN.md §3), over the
 * plots supplied to each cluster:
 * - densityPerKm2 = enterprises ÷ the district's land area in km² (its own area, not the
 *   plotted area);
 * - areaShare = cluster area ÷ supplied area of the district;
 * - locationQuotient = district areaShare ÷ zone areaShare of the same cluster (> 1: the cluster
 *   is concentrated here); null when either share is no data or the zone share is 0.
 * Every cluster gets a row in every district, zeros included, so tables keep their shape.
 */
import type { IndustryCluster } from '../domain/plot.ts';
import { INDUSTRY_CLUSTERS } from '../domain/plot.ts';
import type { Ratio } from '../domain/ratio.ts';
import { ratioOf } from '../domain/ratio.ts';
import { m2ToKm2 } from '../domain/units.ts';
import type { ClusterDensity } from './types.ts';
import type { AreaTotals } from './sums.ts';
import { ZONE_ID, clusterAreaField, clusterOutputField } from './sums.ts';

export interface ClusterArea {
  areaId: string;
  landAreaM2: number;
  totals: AreaTotals;
}

function areaShareOf(totals: AreaTotals, industry: IndustryCluster): Ratio {
  return ratioOf(totals.get(clusterAreaField(industry)), totals.get('suppliedAreaM2'));
}

/** Location quotient: a share over the reference share; null when either is no data. */
export function locationQuotientOf(areaShare: Ratio, referenceShare: Ratio): Ratio {
  if (areaShare === null || referenceShare === null) return null;
  return ratioOf(areaShare, referenceShare);
}

function clusterRow(area: ClusterArea, industry: IndustryCluster, zoneShare: Ratio): ClusterDensity {
  const enterpriseCount = area.totals.enterpriseCount(industry);
  const areaShare = areaShareOf(area.totals, industry);
  return {
    areaId: area.areaId,
    industry,
    enterpriseCount,
    clusterAreaM2: area.totals.get(clusterAreaField(industry)),
    outputWanYuanPerYear: area.totals.get(clusterOutputField(industry)),
    densityPerKm2: ratioOf(enterpriseCount, m2ToKm2(area.landAreaM2)),
    areaShare,
    locationQuotient: locationQuotientOf(areaShare, zoneShare),
  };
}

/** Rows for each district × cluster, then the zone's rows (areaId 'zone'). */
export function clusterDensityRows(districts: readonly ClusterArea[], zone: ClusterArea): ClusterDensity[] {
  const zoneShares = new Map(INDUSTRY_CLUSTERS.map((industry) => [industry, areaShareOf(zone.totals, industry)]));
  const rows: ClusterDensity[] = [];
  for (const area of [...districts, { ...zone, areaId: ZONE_ID }]) {
    for (const industry of INDUSTRY_CLUSTERS) {
      rows.push(clusterRow(area, industry, zoneShares.get(industry) ?? null));
    }
  }
  return rows;
}
