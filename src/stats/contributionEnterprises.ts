/**
 * Distinct enterprises per area × cluster (DESIGN.md §3, cluster density), counted as a
 * multiset: each enterprise name has a number of plots in the area, and the area counts the
 * names whose number is above 0. Names are numbered once per aggregator and cluster
 * (`createEnterpriseIds`), so an area keeps an array of plot numbers indexed by that number
 * instead of a map of strings.
 */
import type { IndustryCluster } from '../domain/plot.ts';
import { INDUSTRY_CLUSTERS } from '../domain/plot.ts';

const INDUSTRY_INDEX: ReadonlyMap<IndustryCluster, number> = new Map(INDUSTRY_CLUSTERS.map((industry, i) => [industry, i]));

/** Position of a cluster in INDUSTRY_CLUSTERS. */
export function industryIndex(industry: IndustryCluster): number {
  return INDUSTRY_INDEX.get(industry) ?? -1;
}

export interface EnterpriseIds {
  /** The number of a name within its cluster (0, 1, …), the same for the same name. */
  idOf(industry: IndustryCluster, name: string): number;
}

export function createEnterpriseIds(): EnterpriseIds {
  const byIndustry = new Map<IndustryCluster, Map<string, number>>();
  return {
    idOf(industry, name) {
      let ids = byIndustry.get(industry);
      if (ids === undefined) byIndustry.set(industry, (ids = new Map()));
      let id = ids.get(name);
      if (id === undefined) ids.set(name, (id = ids.size));
      return id;
    },
  };
}

/** Plots per enterprise number in one area and cluster, and how many enterprises have any. */
export class EnterpriseCounts {
  private plots = new Int32Array(16);
  /** enterprises with at least one plot */
  size = 0;

  /** Adds (sign 1) or takes back (sign -1) one plot of enterprise `id`; never below 0. */
  change(id: number, sign: 1 | -1): void {
    if (id >= this.plots.length) {
      const grown = new Int32Array(Math.max(id + 1, this.plots.length * 2));
      grown.set(this.plots);
      this.plots = grown;
    }
    const before = this.plots[id] as number;
    const after = before + sign;
    if (after > 0) {
      this.plots[id] = after;
      if (before <= 0) this.size += 1;
    } else {
      this.plots[id] = 0;
      if (before > 0) this.size -= 1;
    }
  }
}
