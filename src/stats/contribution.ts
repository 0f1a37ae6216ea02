/**
 * What one plot adds to each district, park and the zone (DESIGN.md §3), from its clipped shares.
 *
 * - Areas (plotted, developable, supplied, built, idle, vacant, industrial, cluster) count the
 *   share's own area: a plot split 30/70 adds 30 % of its area here and 70 % there.
 * - Quantities measured on the whole plot (investment, output, tax, floor, footprint, green,
 *   admin, standard-factory floor and leased floor) are scaled by the share fraction
 *   share ÷ plot area; each per-亩 value is paired with the share area as its denominator,
 *   added only where the value exists.
 * - An enterprise is counted ONCE per level, in its home area: the district (and the park) that
 *   holds the plot's largest share, the first listed on a tie. Counting it in every district it
 *   touches would count one firm twice; counting it fractionally would make a count non-integer.
 * - The zone is the union of the districts: its share is the sum of the district shares, so zone
 *   totals equal the totals over districts. With `zoneBasis: 'plot'` (a zone given without
 *   districts) the zone takes the whole plot.
 */
import type { AreaShare, PlotFootprint } from '../domain/footprint.ts';
import { isDevelopableLandUse, isIndustrialLandUse } from '../domain/landUse.ts';
import type { IndustryCluster, Plot, PlotAttributes } from '../domain/plot.ts';
import { SUPPLIED_STATUSES } from '../domain/plot.ts';
import type { AreaLevel, SumField } from './sums.ts';
import { ZONE_ID, sumIndex } from './sums.ts';
import { contributionTerms, termValue } from './contributionTerms.ts';

export interface EnterpriseAtHome {
  industry: IndustryCluster;
  name: string;
}

/** Where one plot counts, and how much of it. */
export interface AreaContribution {
  level: AreaLevel;
  areaId: string;
  /** area of the plot inside this area, m² */
  shareM2: number;
  /** shareM2 ÷ plot area, 0..1 */
  fraction: number;
  /** set only in the plot's home area of this level */
  enterprise: EnterpriseAtHome | undefined;
}

export interface PlotContribution {
  plotId: string;
  /** (field, kind, amount) triples, the same for every area (contributionTerms.ts) */
  terms: readonly number[];
  areas: AreaContribution[];
}

export interface ContributionOptions {
  zoneBasis: 'districts' | 'plot';
}

/** Supplied land (已供地): developable, with status allocated, under construction, built or idle. */
export function isSuppliedPlot(attributes: PlotAttributes): boolean {
  const { status, landUse } = attributes;
  return status !== undefined && SUPPLIED_STATUSES.has(status) && isDevelopableLandUse(landUse);
}

/** The plot's enterprise, when it is supplied to a cluster and named. */
export function clusterEnterprise(attributes: PlotAttributes, developable: boolean): EnterpriseAtHome | undefined {
  const { industry, enterprise, status } = attributes;
  if (industry === undefined || enterprise === undefined || enterprise === '' || !developable) return undefined;
  return status !== undefined && SUPPLIED_STATUSES.has(status) ? { industry, name: enterprise } : undefined;
}

/** Index of the largest positive share (the first on a tie), -1 when none. */
export function indexOfLargest(shares: readonly AreaShare[]): number {
  let best = -1;
  let bestM2 = 0;
  for (let i = 0; i < shares.length; i++) {
    const m2 = (shares[i] as AreaShare).areaM2;
    if (m2 > bestM2) {
      best = i;
      bestM2 = m2;
    }
  }
  return best;
}

/** Fraction of the plot in a share: share ÷ plot area, at most 1 (0 for a plot without area). */
export function shareFraction(shareM2: number, plotAreaM2: number): number {
  return plotAreaM2 > 0 ? Math.min(1, shareM2 / plotAreaM2) : 0;
}

function pushArea(
  into: AreaContribution[], level: AreaLevel, areaId: string, shareM2: number, plotAreaM2: number,
  enterprise: EnterpriseAtHome | undefined,
): void {
  if (!(shareM2 > 0)) return;
  into.push({ level, areaId, shareM2, fraction: shareFraction(shareM2, plotAreaM2), enterprise });
}

function pushLevel(
  into: AreaContribution[], level: AreaLevel, shares: readonly AreaShare[], plotAreaM2: number,
  enterprise: EnterpriseAtHome | undefined,
): number {
  const home = enterprise === undefined ? -1 : indexOfLargest(shares);
  let sumM2 = 0;
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i] as AreaShare;
    pushArea(into, level, share.areaId, share.areaM2, plotAreaM2, i === home ? enterprise : undefined);
    if (share.areaM2 > 0) sumM2 += share.areaM2;
  }
  return sumM2;
}

function areasOf(plot: Plot, footprint: PlotFootprint, options: ContributionOptions, developable: boolean): AreaContribution[] {
  const plotAreaM2 = footprint.areaM2;
  const enterprise = clusterEnterprise(plot.attributes, developable);
  const areas: AreaContribution[] = [];
  const inDistrictsM2 = pushLevel(areas, 'district', footprint.districtShares, plotAreaM2, enterprise);
  pushLevel(areas, 'park', footprint.parkShares, plotAreaM2, enterprise);
  pushArea(areas, 'zone', ZONE_ID, options.zoneBasis === 'plot' ? plotAreaM2 : inDistrictsM2, plotAreaM2, enterprise);
  return areas;
}

/** The additive quantities `plot` contributes to each of its districts and parks and the zone. */
export function plotContribution(plot: Plot, footprint: PlotFootprint, options: ContributionOptions): PlotContribution {
  const a = plot.attributes;
  const developable = isDevelopableLandUse(a.landUse);
  const areas = areasOf(plot, footprint, options, developable);
  return { plotId: plot.id, terms: contributionTerms(a, developable, isIndustrialLandUse(a.landUse)), areas };
}

/** What the plot adds to one field in one of its areas (for reports and tests). */
export function contributionValue(contribution: PlotContribution, area: AreaContribution, field: SumField): number {
  const index = sumIndex(field);
  const { terms } = contribution;
  for (let t = 0; t < terms.length; t += 3) {
    if (terms[t] === index) return termValue(terms[t + 1] as number, terms[t + 2] as number, area.shareM2, area.fraction);
  }
  return 0;
}
