/**
 * Running sums per area, updated plot by plot: `add` a plot's contribution, `remove` it again,
 * never a zone-wide recompute.
 *
 * Floating drift: after many add/remove cycles a plain sum of areas would leave residues such
 * as 3e-11 m² where nothing remains, and a ratio over such a residue would read as a real
 * number instead of "no data". Two guards:
 * - each field counts its non-zero contributions; when the count returns to 0 the sum is reset
 *   to exactly 0 (an empty district has exactly 0 supplied area, whatever came and went);
 * - sums use Neumaier compensated summation, and every quantity being ≥ 0, a negative residue
 *   is read as 0.
 * Enterprises are counted distinct per area × cluster with a multiset (name → number of plots).
 */
import type { IndustryCluster } from '../domain/plot.ts';
import type { AreaContribution, PlotContribution } from './contribution.ts';
import { termValue } from './contributionTerms.ts';
import type { AreaTotals, SumField } from './sums.ts';
import { SUM_FIELD_COUNT, areaKey, sumIndex } from './sums.ts';

class AreaAccumulator implements AreaTotals {
  private readonly sums = new Float64Array(SUM_FIELD_COUNT);
  private readonly compensations = new Float64Array(SUM_FIELD_COUNT);
  private readonly counts = new Int32Array(SUM_FIELD_COUNT);
  private readonly enterprises = new Map<IndustryCluster, Map<string, number>>();

  apply(terms: readonly number[], area: AreaContribution, sign: 1 | -1): void {
    for (let t = 0; t < terms.length; t += 3) {
      const x = termValue(terms[t + 1] as number, terms[t + 2] as number, area.shareM2, area.fraction);
      if (x !== 0) this.addValue(terms[t] as number, sign * x, sign);
    }
    if (area.enterprise !== undefined) this.countEnterprise(area.enterprise.industry, area.enterprise.name, sign);
  }

  private addValue(i: number, x: number, sign: 1 | -1): void {
    const count = (this.counts[i] as number) + sign;
    this.counts[i] = count;
    if (count === 0) {
      this.sums[i] = 0;
      this.compensations[i] = 0;
      return;
    }
    const sum = this.sums[i] as number;
    const t = sum + x;
    const lost = Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    this.compensations[i] = (this.compensations[i] as number) + lost;
    this.sums[i] = t;
  }

  private countEnterprise(industry: IndustryCluster, name: string, sign: 1 | -1): void {
    let names = this.enterprises.get(industry);
    if (names === undefined) {
      names = new Map();
      this.enterprises.set(industry, names);
    }
    const count = (names.get(name) ?? 0) + sign;
    if (count > 0) names.set(name, count);
    else names.delete(name);
  }

  get(field: SumField): number {
    const i = sumIndex(field);
    if (this.counts[i] === 0) return 0;
    return Math.max(0, (this.sums[i] as number) + (this.compensations[i] as number));
  }

  enterpriseCount(industry: IndustryCluster): number {
    return this.enterprises.get(industry)?.size ?? 0;
  }
}

const NO_TOTALS: AreaTotals = { get: () => 0, enterpriseCount: () => 0 };

export interface SumAggregator {
  add(contribution: PlotContribution): void;
  /** Takes back a contribution: pass the object given to `add`. */
  remove(contribution: PlotContribution): void;
  /** The running sums of one area; zeros for an area no plot touches. */
  totals(level: AreaContribution['level'], areaId: string): AreaTotals;
}

export function createSumAggregator(): SumAggregator {
  const areas = new Map<string, AreaAccumulator>();
  const apply = (contribution: PlotContribution, sign: 1 | -1): void => {
    for (const area of contribution.areas) {
      const key = areaKey(area.level, area.areaId);
      let accumulator = areas.get(key);
      if (accumulator === undefined) {
        accumulator = new AreaAccumulator();
        areas.set(key, accumulator);
      }
      accumulator.apply(contribution.terms, area, sign);
    }
  };
  return {
    add: (contribution) => apply(contribution, 1),
    remove: (contribution) => apply(contribution, -1),
    totals: (level, areaId) => areas.get(areaKey(level, areaId)) ?? NO_TOTALS,
  };
}
