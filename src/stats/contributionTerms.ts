/**
 * The terms of a plot's contribution (see sums.ts for the fields, contribution.ts for the rules).
 * A plot adds the same terms to each of its areas, up to its share there, so they are built
 * once per plot as a flat list of (field, kind, amount) triples:
 * - SHARE: the share's own area (m²) — plotted, developable, supplied, … cluster area;
 * - SCALED: a whole-plot quantity × the share fraction — investment, output, floor area, …;
 * - COUNT: the amount as is, in every area — plot counts.
 */
import type { PlotAttributes } from '../domain/plot.ts';
import { INDUSTRY_CLUSTERS, SUPPLIED_STATUSES } from '../domain/plot.ts';
import { COUNT, SCALED, SHARE } from './contributionLayout.ts';
import type { SumField } from './sums.ts';
import { clusterAreaField, clusterOutputField, sumIndex } from './sums.ts';

export { COUNT, SCALED, SHARE } from './contributionLayout.ts';
type TermKind = typeof SHARE | typeof SCALED | typeof COUNT;

const I = (field: SumField): number => sumIndex(field);
const PER_MU = {
  investment: I('investmentWanYuan'), investmentArea: I('investmentPlotAreaM2'),
  output: I('outputWanYuanPerYear'), outputArea: I('outputPlotAreaM2'),
  tax: I('taxWanYuanPerYear'), taxArea: I('taxPlotAreaM2'),
  floor: I('floorAreaM2'), floorArea: I('floorPlotAreaM2'),
  footprint: I('footprintAreaM2'), footprintArea: I('footprintPlotAreaM2'),
  green: I('greenAreaM2'), greenArea: I('greenPlotAreaM2'),
  admin: I('adminAreaM2'), adminArea: I('adminPlotAreaM2'),
};
const STATUS_FIELDS: Partial<Record<string, number>> = { built: I('builtAreaM2'), idle: I('idleAreaM2') };
const F = {
  plotCount: I('plotCount'), plotted: I('plottedAreaM2'), industrial: I('industrialAreaM2'),
  developable: I('developableAreaM2'), vacant: I('vacantAreaM2'), supplied: I('suppliedAreaM2'),
  factoryFloor: I('standardFactoryFloorAreaM2'), factoryLeased: I('standardFactoryLeasedFloorAreaM2'),
  pairedFloor: I('pairedFactoryFloorAreaM2'), pairedLeased: I('pairedFactoryLeasedFloorAreaM2'),
  builtCluster: I('builtClusterPlotCount'), builtClusterWithoutOutput: I('builtClusterPlotsWithoutOutputCount'),
};
const CLUSTER_FIELDS = new Map(INDUSTRY_CLUSTERS.map((c) => [c, { area: I(clusterAreaField(c)), output: I(clusterOutputField(c)) }]));

/** 2^field, exact in a double for every field (fewer than 53) */
const POW2 = Array.from({ length: 64 }, (_, i) => 2 ** i);

/**
 * The triples of the plot being built, in a scratch list reused from plot to plot, and the set
 * of fields added as a bit mask (a cheap key of the layout, contributionLayout.ts).
 */
export class Terms {
  static readonly scratch: number[] = [];
  /** the one builder, reset for each plot (plots are built one at a time) */
  static readonly builder = new Terms();
  length = 0;
  fieldMask = 0;
  reset(): Terms {
    this.length = 0;
    this.fieldMask = 0;
    return this;
  }
  add(field: number, kind: TermKind, amount = 0): void {
    const scratch = Terms.scratch;
    const at = this.length;
    scratch[at] = field;
    scratch[at + 1] = kind;
    scratch[at + 2] = amount;
    this.length = at + 3;
    this.fieldMask += POW2[field] as number;
  }
}

function addOccupancy(t: Terms, a: PlotAttributes, developable: boolean, industrial: boolean): boolean {
  t.add(F.plotCount, COUNT, 1);
  t.add(F.plotted, SHARE);
  if (industrial) t.add(F.industrial, SHARE);
  if (!developable) return false;
  t.add(F.developable, SHARE);
  if (a.status === 'vacant') t.add(F.vacant, SHARE);
  if (a.status === undefined || !SUPPLIED_STATUSES.has(a.status)) return false;
  t.add(F.supplied, SHARE);
  const statusField = STATUS_FIELDS[a.status];
  if (statusField !== undefined) t.add(statusField, SHARE);
  return true;
}

function addStandardFactory(t: Terms, a: PlotAttributes): void {
  if (a.standardFactory !== true) return;
  const floor = a.floorAreaM2;
  const leased = a.leasedFloorAreaM2;
  if (floor !== undefined) t.add(F.factoryFloor, SCALED, floor);
  if (leased !== undefined) t.add(F.factoryLeased, SCALED, leased);
  if (floor === undefined || leased === undefined) return;
  t.add(F.pairedFloor, SCALED, floor);
  t.add(F.pairedLeased, SCALED, leased);
}

function addCluster(t: Terms, a: PlotAttributes): void {
  const fields = a.industry === undefined ? undefined : CLUSTER_FIELDS.get(a.industry);
  if (fields === undefined) return;
  t.add(fields.area, SHARE);
  const output = a.outputWanYuanPerYear;
  if (output !== undefined) t.add(fields.output, SCALED, output);
  if (a.status !== 'built') return;
  t.add(F.builtCluster, COUNT, 1);
  if (output === undefined) t.add(F.builtClusterWithoutOutput, COUNT, 1);
}

/** A per-亩 value and, where it exists, its own area denominator. */
function addPerMu(t: Terms, value: unknown, valueField: number, areaField: number): void {
  if (typeof value !== 'number') return;
  t.add(valueField, SCALED, value);
  t.add(areaField, SHARE);
}

/** Builds the terms of a plot into the scratch list; the returned builder knows their length. */
export function buildTerms(a: PlotAttributes, developable: boolean, industrial: boolean): Terms {
  const t = Terms.builder.reset();
  const supplied = addOccupancy(t, a, developable, industrial);
  addStandardFactory(t, a);
  addPerMu(t, a.investmentWanYuan, PER_MU.investment, PER_MU.investmentArea);
  addPerMu(t, a.outputWanYuanPerYear, PER_MU.output, PER_MU.outputArea);
  addPerMu(t, a.taxWanYuanPerYear, PER_MU.tax, PER_MU.taxArea);
  addPerMu(t, a.floorAreaM2, PER_MU.floor, PER_MU.floorArea);
  addPerMu(t, a.footprintAreaM2, PER_MU.footprint, PER_MU.footprintArea);
  addPerMu(t, a.greenAreaM2, PER_MU.green, PER_MU.greenArea);
  addPerMu(t, a.adminAreaM2, PER_MU.admin, PER_MU.adminArea);
  if (supplied) addCluster(t, a);
  return t;
}

/** The flat (field, kind, amount) triples of a plot with attributes `a`. */
export function contributionTerms(a: PlotAttributes, developable: boolean, industrial: boolean): number[] {
  return Terms.scratch.slice(0, buildTerms(a, developable, industrial).length);
}

/** The value of one term in an area where the plot has `shareM2`, i.e. `fraction` of its area. */
export function termValue(kind: number, amount: number, shareM2: number, fraction: number): number {
  if (kind === SHARE) return shareM2;
  return kind === SCALED ? amount * fraction : amount;
}
