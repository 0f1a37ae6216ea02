/**
 * The additive quantities a plot contributes to a district, a park or the zone, numbered so that
 * the running sums of an area are one Float64Array. Every figure of DESIGN.md §3 is a ratio of
 * these sums, so a change of one plot only subtracts its old terms and adds the new ones.
 *
 * Per-亩 figures keep a value sum and its own area denominator (`…PlotAreaM2`), counted only
 * where the value exists: a plot without tax data does not dilute the tax per 亩.
 */
import type { IndustryCluster } from '../domain/plot.ts';
import { INDUSTRY_CLUSTERS } from '../domain/plot.ts';

const BASE_FIELDS = [
  'plotCount',
  'plottedAreaM2', 'developableAreaM2', 'suppliedAreaM2', 'builtAreaM2', 'idleAreaM2', 'vacantAreaM2',
  'industrialAreaM2',
  /** Σ floorArea and Σ leasedFloorArea of standard factories, each where present */
  'standardFactoryFloorAreaM2', 'standardFactoryLeasedFloorAreaM2',
  /** the same over standard factories that have both, the basis of the 入驻率 */
  'pairedFactoryFloorAreaM2', 'pairedFactoryLeasedFloorAreaM2',
  'investmentWanYuan', 'investmentPlotAreaM2',
  'outputWanYuanPerYear', 'outputPlotAreaM2',
  'taxWanYuanPerYear', 'taxPlotAreaM2',
  'floorAreaM2', 'floorPlotAreaM2',
  'footprintAreaM2', 'footprintPlotAreaM2',
  'greenAreaM2', 'greenPlotAreaM2',
  'adminAreaM2', 'adminPlotAreaM2',
  /** built plots supplied to a cluster, and those of them without output (agglomeration basis) */
  'builtClusterPlotCount', 'builtClusterPlotsWithoutOutputCount',
] as const;

export type BaseSumField = (typeof BASE_FIELDS)[number];
export type ClusterSumField = `${IndustryCluster}.clusterAreaM2` | `${IndustryCluster}.outputWanYuanPerYear`;
export type SumField = BaseSumField | ClusterSumField;

function clusterFields(industry: IndustryCluster): ClusterSumField[] {
  return [`${industry}.clusterAreaM2`, `${industry}.outputWanYuanPerYear`];
}

const SUM_FIELDS: readonly SumField[] = [...BASE_FIELDS, ...INDUSTRY_CLUSTERS.flatMap(clusterFields)];
export const SUM_FIELD_COUNT = SUM_FIELDS.length;

const INDEX: ReadonlyMap<SumField, number> = new Map(SUM_FIELDS.map((field, i) => [field, i]));

/** The position of a field in a sum vector. */
export function sumIndex(field: SumField): number {
  const index = INDEX.get(field);
  if (index === undefined) throw new Error(`unknown sum field ${field}`);
  return index;
}

export function clusterAreaField(industry: IndustryCluster): ClusterSumField {
  return `${industry}.clusterAreaM2`;
}

export function clusterOutputField(industry: IndustryCluster): ClusterSumField {
  return `${industry}.outputWanYuanPerYear`;
}

/** Read access to the running sums of one area. */
export interface AreaTotals {
  get(field: SumField): number;
  /** distinct enterprises of one cluster whose home is this area */
  enterpriseCount(industry: IndustryCluster): number;
}

export type AreaLevel = 'district' | 'park' | 'zone';

/** The id of the whole zone in every list of area figures. */
export const ZONE_ID = 'zone';

/** Districts and parks live in separate name spaces: a park may share an id with a district. */
export function areaKey(level: AreaLevel, areaId: string): string {
  return `${level}:${areaId}`;
}
