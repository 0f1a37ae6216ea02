import type { Areal } from './geometry.ts';

/** Industry clusters of the zone (DESIGN.md §2). */
export const INDUSTRY_CLUSTERS = ['white-goods', 'leather', 'modern-services', 'logistics', 'other'] as const;
export type IndustryCluster = (typeof INDUSTRY_CLUSTERS)[number];

/** Land supply status of a plot. */
export const PLOT_STATUSES = ['vacant', 'reserved', 'allocated', 'under-construction', 'built', 'idle'] as const;
export type PlotStatus = (typeof PLOT_STATUSES)[number];

/** Statuses that count as supplied land (已供地). */
export const SUPPLIED_STATUSES: ReadonlySet<PlotStatus> = new Set(['allocated', 'under-construction', 'built', 'idle']);

/**
 * The typed view of a plot's known properties, with units in the names.
 * A missing or unusable value is `undefined` ("no data"), never 0.
 */
export interface PlotAttributes {
  landUse?: string;
  industry?: IndustryCluster;
  status?: PlotStatus;
  enterprise?: string;
  investmentWanYuan?: number;
  outputWanYuanPerYear?: number;
  taxWanYuanPerYear?: number;
  floorAreaM2?: number;
  footprintAreaM2?: number;
  greenAreaM2?: number;
  adminAreaM2?: number;
  floors?: number;
  heightM?: number;
  standardFactory?: boolean;
  leasedFloorAreaM2?: number;
}

/**
 * One allocatable piece of land (地块).
 * `properties` is the feature's property bag exactly as read (unknown keys verbatim);
 * `attributes` is the typed view of the known keys, derived from it.
 */
export interface Plot {
  id: string;
  geometry: Areal;
  attributes: PlotAttributes;
  properties: Readonly<Record<string, unknown>>;
}
