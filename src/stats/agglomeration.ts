/**
 * 产业集聚率 (agglomeration ratio) of the zone: the leading clusters' share of the output of all
 * plots supplied to a cluster (DESIGN.md §3).
 *
 * - Leading clusters: the zone's declared clusters white-goods, leather, modern-services and
 *   logistics, i.e. every cluster but 'other'. Supplied plots without a cluster tag are outside
 *   the measure (neither numerator nor denominator).
 * - Basis 'output' when the clusters report output for every built plot (and the total is
 *   above 0). When a built cluster plot has no output, an output ratio would be biased toward
 *   whichever clusters report; the ratio then falls back to cluster AREA and says so with
 *   `basis: 'area'`. Plots not yet built are not expected to have output and do not force the
 *   fallback.
 */
import type { IndustryCluster } from '../domain/plot.ts';
import { INDUSTRY_CLUSTERS } from '../domain/plot.ts';
import { ratioOf } from '../domain/ratio.ts';
import type { Agglomeration } from './types.ts';
import type { AreaTotals, ClusterSumField } from './sums.ts';
import { clusterAreaField, clusterOutputField } from './sums.ts';

export const LEADING_CLUSTERS: readonly IndustryCluster[] = INDUSTRY_CLUSTERS.filter((c) => c !== 'other');

function sumOver(totals: AreaTotals, clusters: readonly IndustryCluster[], field: (c: IndustryCluster) => ClusterSumField): number {
  let sum = 0;
  for (const cluster of clusters) sum += totals.get(field(cluster));
  return sum;
}

/** Whether the zone's output data are complete enough to measure agglomeration by output. */
export function agglomerationBasis(totals: AreaTotals): Agglomeration['basis'] {
  const allOutput = sumOver(totals, INDUSTRY_CLUSTERS, clusterOutputField);
  const builtWithoutOutput = totals.get('builtClusterPlotsWithoutOutputCount');
  return allOutput > 0 && builtWithoutOutput === 0 ? 'output' : 'area';
}

export function agglomerationOf(totals: AreaTotals): Agglomeration {
  const basis = agglomerationBasis(totals);
  const field = basis === 'output' ? clusterOutputField : clusterAreaField;
  return {
    ratio: ratioOf(sumOver(totals, LEADING_CLUSTERS, field), sumOver(totals, INDUSTRY_CLUSTERS, field)),
    basis,
    leadingClusters: [...LEADING_CLUSTERS],
  };
}
