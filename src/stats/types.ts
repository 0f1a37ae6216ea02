import type { Ratio } from '../domain/ratio.ts';
import type { IndustryCluster } from '../domain/plot.ts';

/** Occupancy of one district, park or the whole zone (DESIGN.md §3), areas clipped pro rata. */
export interface Occupancy {
  areaId: string;
  /** land area of the district or park itself */
  landAreaM2: number;
  plotCount: number;
  plottedAreaM2: number;
  developableAreaM2: number;
  suppliedAreaM2: number;
  builtAreaM2: number;
  idleAreaM2: number;
  vacantAreaM2: number;
  industrialAreaM2: number;
  standardFactoryFloorAreaM2: number;
  standardFactoryLeasedFloorAreaM2: number;
  occupancyRatio: Ratio;
  builtRatio: Ratio;
  idleRatio: Ratio;
  coverageRatio: Ratio;
  industrialLandRatio: Ratio;
  standardFactoryOccupancyRatio: Ratio;
}

/** One industry cluster in one district (or the zone, areaId 'zone'). */
export interface ClusterDensity {
  areaId: string;
  industry: IndustryCluster;
  enterpriseCount: number;
  clusterAreaM2: number;
  outputWanYuanPerYear: number;
  densityPerKm2: Ratio;
  areaShare: Ratio;
  locationQuotient: Ratio;
}

/** 产业集聚率: leading clusters' share of industrial output (or of area, when output is missing). */
export interface Agglomeration {
  ratio: Ratio;
  basis: 'output' | 'area';
  leadingClusters: IndustryCluster[];
}

/** Per-亩 figures of a plot or a roll-up. Each is null when its input is missing. */
export interface Efficiency {
  investmentWanYuanPerMu: Ratio;
  outputWanYuanPerMu: Ratio;
  taxWanYuanPerMu: Ratio;
  floorAreaRatio: Ratio;
  buildingCoverageRatio: Ratio;
  greenRatio: Ratio;
  adminRatio: Ratio;
}

export type ComplianceVerdict = 'pass' | 'fail' | 'no-data';
export type ThresholdIndicator = keyof Efficiency;

export interface IndicatorCompliance {
  indicator: ThresholdIndicator;
  value: Ratio;
  verdict: ComplianceVerdict;
}

export type EfficiencyClass = 'A' | 'B' | 'C' | 'D';

/** A DBSCAN spatial cluster of one industry's plots. */
export interface SpatialCluster {
  industry: IndustryCluster;
  clusterIndex: number;
  plotIds: string[];
  plotCount: number;
  /** sum of member plot areas, m² */
  areaM2: number;
  /** convex hull of member centroids, a closed lon/lat ring (empty for < 3 distinct points) */
  hull: number[][];
  hullAreaM2: number;
  /** plots per km² of hull; null when the hull has no area */
  densityPerKm2: Ratio;
}

/** One hexagon of the density grid. */
export interface HexCell {
  /** axial coordinates "q,r" */
  key: string;
  plotCount: number;
  areaM2: number;
  /** closed lon/lat ring of the hexagon */
  ring: number[][];
}

/** Per-plot figures: area, per-亩 efficiency, compliance, A–D class. */
export interface PlotFigures {
  plotId: string;
  areaM2: number;
  efficiency: Efficiency;
  compliance: IndicatorCompliance[];
  efficiencyClass: EfficiencyClass | null;
  /** district ids holding a part of the plot, largest share first */
  districtIds: string[];
  parkIds: string[];
}

/** Everything the UI and the CLI show for a zone, computed from plots. */
export interface ZoneStats {
  zone: Occupancy;
  districts: Occupancy[];
  parks: Occupancy[];
  /** per district × industry, then the zone rows (areaId 'zone') */
  clusters: ClusterDensity[];
  agglomeration: Agglomeration;
  /** roll-up of per-亩 efficiency per district, park and 'zone' */
  efficiency: Array<{ areaId: string } & Efficiency>;
}
