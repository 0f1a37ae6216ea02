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
 * Enterprises are counted distinct per area × cluster with a multiset (enterprise → number of
 * plots, contributionEnterprises.ts); names are turned into small integers once per aggregator, so an
 * area counts with an array, not a map of strings.
 */
import type { IndustryCluster } from '../domain/plot.ts';
import type { AreaContribution, PlotContribution } from './contribution.ts';
import { SCALED, SHARE } from './contributionLayout.ts';
import type { AreaIndexOf, PackedPlotContribution } from './contributionPacked.ts';
import { NUMBERS_PER_AREA } from './contributionPacked.ts';
import { EnterpriseCounts, createEnterpriseIds, industryIndex } from './contributionEnterprises.ts';
import type { AreaLevel, AreaTotals, SumField } from './sums.ts';
import { SUM_FIELD_COUNT, sumIndex } from './sums.ts';

class AreaAccumulator implements AreaTotals {
  private readonly sums = new Float64Array(SUM_FIELD_COUNT);
  private readonly compensations = new Float64Array(SUM_FIELD_COUNT);
  private readonly counts = new Int32Array(SUM_FIELD_COUNT);
  private readonly enterprises: Array<EnterpriseCounts | undefined> = [];

  apply(terms: readonly number[], shareM2: number, fraction: number, sign: 1 | -1): void {
    for (let t = 0; t < terms.length; t += 3) {
      const kind = terms[t + 1] as number;
      const x = kind === SHARE ? shareM2 : kind === SCALED ? (terms[t + 2] as number) * fraction : (terms[t + 2] as number);
      if (x !== 0) this.addValue(terms[t] as number, sign * x, sign);
    }
  }

  /** The same for a packed contribution's layout: a SCALED amount is the plot's amount at its index. */
  applyLayout(triples: readonly number[], amounts: readonly number[], shareM2: number, fraction: number, sign: 1 | -1): void {
    for (let t = 0; t < triples.length; t += 3) {
      const kind = triples[t + 1] as number;
      const x = kind === SHARE ? shareM2 : kind === SCALED ? (amounts[triples[t + 2] as number] as number) * fraction : (triples[t + 2] as number);
      if (x !== 0) this.addValue(triples[t] as number, sign * x, sign);
    }
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

  countEnterprise(industry: number, enterpriseId: number, sign: 1 | -1): void {
    const counts = (this.enterprises[industry] ??= new EnterpriseCounts());
    counts.change(enterpriseId, sign);
  }

  get(field: SumField): number {
    const i = sumIndex(field);
    if (this.counts[i] === 0) return 0;
    return Math.max(0, (this.sums[i] as number) + (this.compensations[i] as number));
  }

  enterpriseCount(industry: IndustryCluster): number {
    return this.enterprises[industryIndex(industry)]?.size ?? 0;
  }
}

const NO_TOTALS: AreaTotals = { get: () => 0, enterpriseCount: () => 0 };

export interface SumAggregator {
  add(contribution: PlotContribution | PackedPlotContribution): void;
  /** Takes back a contribution: pass the object given to `add`. */
  remove(contribution: PlotContribution | PackedPlotContribution): void;
  /** The running sums of one area; zeros for an area no plot touches. */
  totals(level: AreaContribution['level'], areaId: string): AreaTotals;
  /** The index of an area in this aggregator, for packed contributions (contributionPacked.ts). */
  areaIndex: AreaIndexOf;
}

export function createSumAggregator(): SumAggregator {
  // districts and parks live in separate name spaces: a park may share an id with a district
  const levels = new Map<AreaLevel, Map<string, number>>();
  const accumulators: AreaAccumulator[] = [];
  const enterpriseIds = createEnterpriseIds();
  const areaIndex = (level: AreaLevel, areaId: string): number => {
    let areas = levels.get(level);
    if (areas === undefined) levels.set(level, (areas = new Map()));
    let index = areas.get(areaId);
    if (index === undefined) {
      areas.set(areaId, (index = accumulators.length));
      accumulators.push(new AreaAccumulator());
    }
    return index;
  };
  const apply = (contribution: PlotContribution, sign: 1 | -1): void => {
    for (const area of contribution.areas) {
      const accumulator = accumulators[areaIndex(area.level, area.areaId)] as AreaAccumulator;
      accumulator.apply(contribution.terms, area.shareM2, area.fraction, sign);
      const { enterprise } = area;
      if (enterprise === undefined) continue;
      accumulator.countEnterprise(industryIndex(enterprise.industry), enterpriseIds.idOf(enterprise.industry, enterprise.name), sign);
    }
  };
  const applyPacked = ({ layout, numbers, enterprise }: PackedPlotContribution, sign: 1 | -1): void => {
    let enterpriseId = -1;
    for (let at = layout.amountCount; at < numbers.length; at += NUMBERS_PER_AREA) {
      const accumulator = accumulators[numbers[at] as number] as AreaAccumulator;
      accumulator.applyLayout(layout.triples, numbers, numbers[at + 1] as number, numbers[at + 2] as number, sign);
      if (numbers[at + 3] !== 1 || enterprise === undefined) continue;
      if (enterpriseId < 0) enterpriseId = enterpriseIds.idOf(enterprise.industry, enterprise.name);
      accumulator.countEnterprise(industryIndex(enterprise.industry), enterpriseId, sign);
    }
  };
  const applyEither = (contribution: PlotContribution | PackedPlotContribution, sign: 1 | -1): void => {
    if ('layout' in contribution) applyPacked(contribution, sign);
    else apply(contribution, sign);
  };
  const totals = (level: AreaLevel, areaId: string): AreaTotals => {
    const index = levels.get(level)?.get(areaId);
    return index === undefined ? NO_TOTALS : (accumulators[index] as AreaAccumulator);
  };
  return {
    add: (contribution) => applyEither(contribution, 1),
    remove: (contribution) => applyEither(contribution, -1),
    totals,
    areaIndex,
  };
}
