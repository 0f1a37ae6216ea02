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
import type { SumField } from './sums.ts';
import { clusterAreaField, clusterOutputField, sumIndex } from './sums.ts';

export const SHARE = 0;
export const SCALED = 1;
export const COUNT = 2;
type TermKind = typeof SHARE | typeof SCALED | typeof COUNT;

const I = (field: SumField): number => sumIndex(field);
const PER_MU: ReadonlyArray<[keyof PlotAttributes, number, number]> = [
  ['investmentWanYuan', I('investmentWanYuan'), I('investmentPlotAreaM2')],
  ['outputWanYuanPerYear', I('outputWanYuanPerYear'), I('outputPlotAreaM2')],
  ['taxWanYuanPerYear', I('taxWanYuanPerYear'), I('taxPlotAreaM2')],
  ['floorAreaM2', I('floorAreaM2'), I('floorPlotAreaM2')],
  ['footprintAreaM2', I('footprintAreaM2'), I('footprintPlotAreaM2')],
  ['greenAreaM2', I('greenAreaM2'), I('greenPlotAreaM2')],
  ['adminAreaM2', I('adminAreaM2'), I('adminPlotAreaM2')],
];
const STATUS_FIELDS: Partial<Record<string, number>> = { built: I('builtAreaM2'), idle: I('idleAreaM2') };
const F = {
  plotCount: I('plotCount'), plotted: I('plottedAreaM2'), industrial: I('industrialAreaM2'),
  developable: I('developableAreaM2'), vacant: I('vacantAreaM2'), supplied: I('suppliedAreaM2'),
  factoryFloor: I('standardFactoryFloorAreaM2'), factoryLeased: I('standardFactoryLeasedFloorAreaM2'),
  pairedFloor: I('pairedFactoryFloorAreaM2'), pairedLeased: I('pairedFactoryLeasedFloorAreaM2'),
  builtCluster: I('builtClusterPlotCount'), builtClusterWithoutOutput: I('builtClusterPlotsWithoutOutputCount'),
};
const CLUSTER_FIELDS = new Map(INDUSTRY_CLUSTERS.map((c) => [c, { area: I(clusterAreaField(c)), output: I(clusterOutputField(c)) }]));

class Terms {
  readonly list: number[] = [];
  add(field: number, kind: TermKind, amount = 0): void {
    this.list.push(field, kind, amount);
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

/** The flat (field, kind, amount) triples of a plot with attributes `a`. */
export function contributionTerms(a: PlotAttributes, developable: boolean, industrial: boolean): number[] {
  const t = new Terms();
  const supplied = addOccupancy(t, a, developable, industrial);
  addStandardFactory(t, a);
  for (const [attribute, valueField, areaField] of PER_MU) {
    const value = a[attribute];
    if (typeof value !== 'number') continue;
    t.add(valueField, SCALED, value);
    t.add(areaField, SHARE);
  }
  if (supplied) addCluster(t, a);
  return t.list;
}

/** The value of one term in an area where the plot has `shareM2`, i.e. `fraction` of its area. */
export function termValue(kind: number, amount: number, shareM2: number, fraction: number): number {
  if (kind === SHARE) return shareM2;
  return kind === SCALED ? amount * fraction : amount;
}
