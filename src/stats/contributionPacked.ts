/**
 * A plot's contribution as the engine keeps it: the same values as `plotContribution`
 * (contribution.ts) in far less memory, because it is kept for every plot of a zone and what it
 * holds is what a full recompute pays for in garbage collection.
 *
 * - the plot's term layout, shared with every plot that has the same fields (contributionLayout.ts);
 * - one list of numbers: the plot's SCALED amounts, then for each area (districts, parks, the
 *   zone, in the order of `plotContribution`) the area's index in the aggregator, the share in
 *   m², the fraction of the plot, and 1 when the area is the enterprise's home (else 0);
 * - the enterprise, when the plot has one.
 * The packed plot is also the engine's entry for the plot (plot and footprint), so one object
 * stands for a plot.
 */
import type { AreaShare, PlotFootprint } from '../domain/footprint.ts';
import { isDevelopableLandUse, isIndustrialLandUse } from '../domain/landUse.ts';
import type { Plot } from '../domain/plot.ts';
import type { ContributionOptions, EnterpriseAtHome } from './contribution.ts';
import { clusterEnterprise, indexOfLargest, shareFraction } from './contribution.ts';
import type { TermLayout } from './contributionLayout.ts';
import { layoutOf, writeAmounts } from './contributionLayout.ts';
import { Terms, buildTerms } from './contributionTerms.ts';
import type { AreaLevel } from './sums.ts';
import { ZONE_ID } from './sums.ts';

/** numbers per area: area index, share m², fraction, home (1) or not (0) */
export const NUMBERS_PER_AREA = 4;

export interface PackedPlotContribution {
  layout: TermLayout;
  /** layout.amountCount amounts, then NUMBERS_PER_AREA numbers per area */
  numbers: number[];
  enterprise: EnterpriseAtHome | undefined;
}

/** A plot, its footprint and its packed contribution. */
export interface PackedPlot extends PackedPlotContribution {
  plot: Plot;
  footprint: PlotFootprint;
}

/** The index of an area in the aggregator that will sum the contribution. */
export type AreaIndexOf = (level: AreaLevel, areaId: string) => number;

/**
 * The numbers of the plot being packed, reused from plot to plot and written by index (a list
 * emptied by `length = 0` and refilled by `push` allocates its storage again each time).
 */
const NUMBERS: number[] = [];
let numberCount = 0;

function pushArea(area: number, shareM2: number, plotAreaM2: number, home: boolean): void {
  NUMBERS[numberCount] = area;
  NUMBERS[numberCount + 1] = shareM2;
  NUMBERS[numberCount + 2] = shareFraction(shareM2, plotAreaM2);
  NUMBERS[numberCount + 3] = home ? 1 : 0;
  numberCount += NUMBERS_PER_AREA;
}

function pushLevel(level: AreaLevel, shares: readonly AreaShare[], plotAreaM2: number, hasEnterprise: boolean, areaIndexOf: AreaIndexOf): number {
  const home = hasEnterprise ? indexOfLargest(shares) : -1;
  let sumM2 = 0;
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i] as AreaShare;
    if (share.areaM2 > 0) {
      pushArea(areaIndexOf(level, share.areaId), share.areaM2, plotAreaM2, i === home);
      sumM2 += share.areaM2;
    }
  }
  return sumM2;
}

/** `plot` with its footprint and what it contributes to its districts, parks and the zone, packed. */
export function packPlot(plot: Plot, footprint: PlotFootprint, options: ContributionOptions, areaIndexOf: AreaIndexOf): PackedPlot {
  const a = plot.attributes;
  const developable = isDevelopableLandUse(a.landUse);
  const enterprise = clusterEnterprise(a, developable);
  const terms = buildTerms(a, developable, isIndustrialLandUse(a.landUse));
  const layout = layoutOf(Terms.scratch, terms.length, terms.fieldMask);
  numberCount = writeAmounts(Terms.scratch, terms.length, NUMBERS);
  const plotAreaM2 = footprint.areaM2;
  const hasEnterprise = enterprise !== undefined;
  const inDistrictsM2 = pushLevel('district', footprint.districtShares, plotAreaM2, hasEnterprise, areaIndexOf);
  pushLevel('park', footprint.parkShares, plotAreaM2, hasEnterprise, areaIndexOf);
  const zoneM2 = options.zoneBasis === 'plot' ? plotAreaM2 : inDistrictsM2;
  if (zoneM2 > 0) pushArea(areaIndexOf('zone', ZONE_ID), zoneM2, plotAreaM2, hasEnterprise);
  return { plot, footprint, layout, numbers: NUMBERS.slice(0, numberCount), enterprise };
}
