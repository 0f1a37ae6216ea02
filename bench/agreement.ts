/**
 * Do both sides compute the same thing? Supplied and plotted areas per district and park over
 * the plots Turf clipped (engine shares vs Turf intersect), the zone supplied area of stats()
 * when Turf clipped every plot, total plot area, and DBSCAN clusters per industry.
 * Areas agree within 0.5 % (Turf is spherical, the engine ellipsoidal: ~0.03 % at 34° N).
 */
import type { IndustryCluster } from '../src/domain/plot.ts';
import type { EngineResult } from './engineSide.ts';
import type { TurfSums } from './turfBaseline.ts';
import type { TurfResult } from './turfSide.ts';

export const AREA_TOLERANCE = 0.005;

export interface Check {
  what: string;
  engine: string;
  turf: string;
  ok: boolean;
}

function relativeDifference(a: number, b: number): number {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

function areaCheck(what: string, engineM2: number, turfM2: number): Check {
  const difference = relativeDifference(engineM2, turfM2);
  return {
    what: `${what} (Δ ${(difference * 100).toFixed(3)} %)`,
    engine: `${(engineM2 / 1e6).toFixed(4)} km²`,
    turf: `${(turfM2 / 1e6).toFixed(4)} km²`,
    ok: difference <= AREA_TOLERANCE,
  };
}

function sumOver(sums: ReadonlyMap<string, TurfSums>, ids: readonly string[], field: keyof TurfSums): number {
  return ids.reduce((total, id) => total + (sums.get(id)?.[field] ?? 0), 0);
}

/** The largest relative difference of one sum over the areas, and where. */
function worstArea(engine: ReadonlyMap<string, TurfSums>, turf: ReadonlyMap<string, TurfSums>, field: keyof TurfSums): Check {
  let worst = { id: '', engineM2: 0, turfM2: 0, difference: -1 };
  for (const id of new Set([...engine.keys(), ...turf.keys()])) {
    const engineM2 = engine.get(id)?.[field] ?? 0;
    const turfM2 = turf.get(id)?.[field] ?? 0;
    const difference = relativeDifference(engineM2, turfM2);
    if (difference > worst.difference) worst = { id, engineM2, turfM2, difference };
  }
  return areaCheck(`${field} of the furthest-off district/park (${worst.id})`, worst.engineM2, worst.turfM2);
}

/**
 * Cluster counts per industry. Equal counts agree; a count that differs is put down to the
 * metric (dbscanMetric.ts) only when pairs of that industry's centroids straddle eps between
 * the sphere and the ellipsoid, and by no more clusters than there are such pairs.
 */
function clusterCheck(engine: ReadonlyMap<IndustryCluster, number>, turf: ReadonlyMap<IndustryCluster, number>,
  splitPairs: ReadonlyMap<IndustryCluster, number>): Check {
  const industries = [...engine.keys()];
  const list = (counts: ReadonlyMap<IndustryCluster, number>): string => industries.map((i) => counts.get(i) ?? 0).join(' / ');
  const differing = industries.filter((i) => engine.get(i) !== turf.get(i));
  const explained = differing.every((i) => Math.abs((engine.get(i) ?? 0) - (turf.get(i) ?? 0)) <= (splitPairs.get(i) ?? 0));
  const note = differing.length === 0 ? '' : `; ${differing.map((i) => `${i} differs, ${splitPairs.get(i) ?? 0} centroid pairs within eps on one metric only`).join('; ')}`
    + (explained ? ' (sphere vs ellipsoid at the 300 m edge)' : ' (NOT explained by the metric)');
  return {
    what: `DBSCAN clusters per industry (${industries.join(' / ')})${note}`,
    engine: list(engine),
    turf: list(turf),
    ok: explained,
  };
}

export function agreementChecks(engine: EngineResult, engineSums: ReadonlyMap<string, TurfSums>, turf: TurfResult,
  districtIds: readonly string[], splitPairs: ReadonlyMap<IndustryCluster, number>): Check[] {
  const scope = turf.extrapolated ? `the ${turf.occupancyPlots.length} sampled plots` : 'all plots';
  const checks = [
    areaCheck(`zone supplied area over ${scope}`, sumOver(engineSums, districtIds, 'suppliedM2'), sumOver(turf.sums, districtIds, 'suppliedM2')),
    worstArea(engineSums, turf.sums, 'plottedM2'),
    worstArea(engineSums, turf.sums, 'suppliedM2'),
  ];
  if (!turf.extrapolated) {
    checks.push(areaCheck('zone supplied area, engine stats()', engine.zoneSuppliedM2, sumOver(turf.sums, districtIds, 'suppliedM2')));
    checks.push(areaCheck('zone plotted area, engine stats()', engine.zonePlottedM2, sumOver(turf.sums, districtIds, 'plottedM2')));
  }
  checks.push(areaCheck('area of all plots (arealAreaM2 vs turf.area)', engine.totalAreaM2, turf.totalAreaM2));
  checks.push(clusterCheck(engine.clustersByIndustry, turf.clustersByIndustry, splitPairs));
  return checks;
}
