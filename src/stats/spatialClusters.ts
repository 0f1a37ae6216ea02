/**
 * Spatial clusters of one industry's plots (DESIGN.md §3): DBSCAN over plot centroids
 * (dbscan.ts, default 300 m and 3 plots), each cluster with its members, summed plot area,
 * the convex hull of the member centroids, the hull's ellipsoidal area (geo/area.ts) and the
 * plot density per km² of hull. Noise plots belong to no cluster. Members in a row (a hull less
 * than 1 m wide on average) have no hull and no density, rather than a sliver of a few mm² and
 * an absurd density.
 */
import type { Position } from '../domain/geometry.ts';
import type { IndustryCluster } from '../domain/plot.ts';
import { ratioOf } from '../domain/ratio.ts';
import { m2ToKm2 } from '../domain/units.ts';
import { ringAreaM2 } from '../geo/area.ts';
import { createLocalProjection } from '../geo/localProjection.ts';
import { convexHullRing } from './convexHull.ts';
import type { DbscanOptions } from './dbscan.ts';
import { dbscan } from './dbscan.ts';
import type { SpatialCluster } from './types.ts';

export interface ClusterablePlot {
  plotId: string;
  /** [lon, lat] */
  centroid: Position;
  areaM2: number;
}

/** A hull narrower than this on average (area ÷ span) is a line: centroids in a row along a road. */
const MIN_HULL_WIDTH_M = 1;

function spanM(ring: readonly number[][]): number {
  const lons = ring.map((p) => p[0] as number);
  const lats = ring.map((p) => p[1] as number);
  const projection = createLocalProjection(ring[0] ?? [0, 0]);
  const east = (Math.max(...lons) - Math.min(...lons)) * projection.eastMPerDeg;
  const north = (Math.max(...lats) - Math.min(...lats)) * projection.northMPerDeg;
  return Math.hypot(east, north);
}

/** The hull ring and its area, or no hull when the members lie (nearly) on one line. */
function hullOf(members: readonly ClusterablePlot[]): { hull: number[][]; hullAreaM2: number } {
  const hull = convexHullRing(members.map((m) => m.centroid));
  if (hull.length === 0) return { hull, hullAreaM2: 0 };
  const hullAreaM2 = ringAreaM2(hull);
  if (hullAreaM2 < MIN_HULL_WIDTH_M * spanM(hull)) return { hull: [], hullAreaM2: 0 };
  return { hull, hullAreaM2 };
}

function clusterOf(industry: IndustryCluster, clusterIndex: number, members: readonly ClusterablePlot[]): SpatialCluster {
  const { hull, hullAreaM2 } = hullOf(members);
  return {
    industry,
    clusterIndex,
    plotIds: members.map((m) => m.plotId),
    plotCount: members.length,
    areaM2: members.reduce((sum, m) => sum + m.areaM2, 0),
    hull,
    hullAreaM2,
    densityPerKm2: ratioOf(members.length, m2ToKm2(hullAreaM2)),
  };
}

/** DBSCAN clusters of `plots` (one industry), in order of discovery. */
export function spatialClusters(industry: IndustryCluster, plots: readonly ClusterablePlot[], options: DbscanOptions = {}): SpatialCluster[] {
  const { labels, clusterCount } = dbscan(plots.map((p) => p.centroid), options);
  const members: ClusterablePlot[][] = Array.from({ length: clusterCount }, () => []);
  plots.forEach((plot, i) => {
    const label = labels[i] as number;
    if (label >= 0) members[label]?.push(plot);
  });
  return members.map((group, index) => clusterOf(industry, index, group));
}
