import type { ComplianceVerdict, PlotFigures, ThresholdIndicator } from '../../stats/types.ts';

export type VerdictCounts = Record<ComplianceVerdict, number>;

/** Per area id ('zone' and each district), per indicator: how many plots pass, fail, lack data. */
export type ComplianceCounts = Map<string, Map<ThresholdIndicator, VerdictCounts>>;

/**
 * Counts each plot's verdicts in its home district (the district holding its largest share)
 * and in the zone. Plots without an enterprise on supplied land still count: no data is a verdict.
 */
export function complianceCounts(figures: readonly (PlotFigures | undefined)[], districtIds: readonly string[]): ComplianceCounts {
  const counts: ComplianceCounts = new Map([['zone', new Map()], ...districtIds.map((id) => [id, new Map()] as const)]);
  for (const plot of figures) {
    if (plot === undefined) continue;
    const home = plot.districtIds[0];
    const targets = [counts.get('zone'), home === undefined ? undefined : counts.get(home)];
    for (const { indicator, verdict } of plot.compliance) {
      for (const byIndicator of targets) {
        if (byIndicator === undefined) continue;
        const row = byIndicator.get(indicator) ?? { pass: 0, fail: 0, 'no-data': 0 };
        row[verdict] += 1;
        byIndicator.set(indicator, row);
      }
    }
  }
  return counts;
}
