/**
 * Sketch comparison (DESIGN.md §3): for two plot sets (a sketch and its baseline, or two
 * sketches) the plots added, removed and changed, and the change of every district, park and
 * zone figure.
 *
 * Projection: a plot that is supplied in `after` but was not supplied in `before` (new, or its
 * status changed) and has no investment data is projected at the threshold intensity,
 * minInvestmentWanYuanPerMu × its area in 亩, so the sketch's investment roll-up is not diluted
 * by plots that simply have no figures yet. Projected plots are listed, and the investment
 * figures of the areas they touch are marked `projected`. The projection lives only in the
 * computed copy: the plots' properties are never changed. Without a minimum investment in the
 * preset nothing is projected.
 */
import type { PlotFootprint } from '../domain/footprint.ts';
import type { Plot } from '../domain/plot.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { m2ToMu } from '../domain/units.ts';
import { isSuppliedPlot } from './contribution.ts';
import type { FigureChange } from './figureChanges.ts';
import { compareFigures } from './figureChanges.ts';
import type { PlotSetDiff } from './plotSetDiff.ts';
import { diffPlotSets } from './plotSetDiff.ts';
import { ZONE_ID } from './sums.ts';
import type { ZoneStats } from './types.ts';

export interface ZoneComparisonInput {
  before: readonly Plot[];
  after: readonly Plot[];
  thresholds: ThresholdPreset;
  footprintOf: (plot: Plot) => PlotFootprint;
  /** the figures of a plot set, e.g. `(plots) => createZoneEngine({ ...zone, plots }).stats()` */
  statsOf: (plots: readonly Plot[]) => ZoneStats;
}

export interface ZoneComparison extends PlotSetDiff {
  projectedPlotIds: string[];
  before: ZoneStats;
  /** figures of `after` with the projected investments */
  after: ZoneStats;
  figures: FigureChange[];
}

/** `after` with projected investment on newly supplied plots lacking it, and their ids. */
export function projectNewlySupplied(
  before: readonly Plot[], after: readonly Plot[], thresholds: ThresholdPreset, areaM2Of: (plot: Plot) => number,
): { plots: Plot[]; projectedPlotIds: string[] } {
  const intensity = thresholds.minInvestmentWanYuanPerMu;
  if (intensity === undefined) return { plots: [...after], projectedPlotIds: [] };
  const suppliedBefore = new Set(before.filter((p) => isSuppliedPlot(p.attributes)).map((p) => p.id));
  const projectedPlotIds: string[] = [];
  const plots = after.map((plot) => {
    const a = plot.attributes;
    if (!isSuppliedPlot(a) || suppliedBefore.has(plot.id) || a.investmentWanYuan !== undefined) return plot;
    projectedPlotIds.push(plot.id);
    const investmentWanYuan = intensity * m2ToMu(areaM2Of(plot));
    return { ...plot, attributes: { ...a, investmentWanYuan } };
  });
  return { plots, projectedPlotIds };
}

function areasTouched(plots: readonly Plot[], ids: readonly string[], footprintOf: (plot: Plot) => PlotFootprint): Set<string> {
  const wanted = new Set(ids);
  const areaIds = new Set<string>();
  for (const plot of plots) {
    if (!wanted.has(plot.id)) continue;
    const footprint = footprintOf(plot);
    for (const share of [...footprint.districtShares, ...footprint.parkShares]) {
      if (share.areaM2 > 0) areaIds.add(share.areaId);
    }
    areaIds.add(ZONE_ID);
  }
  return areaIds;
}

export function compareZones(input: ZoneComparisonInput): ZoneComparison {
  const diff = diffPlotSets(input.before, input.after);
  const { plots, projectedPlotIds } = projectNewlySupplied(
    input.before, input.after, input.thresholds, (plot) => input.footprintOf(plot).areaM2,
  );
  const before = input.statsOf(input.before);
  const after = input.statsOf(plots);
  const projectedAreas = areasTouched(plots, projectedPlotIds, input.footprintOf);
  return { ...diff, projectedPlotIds, before, after, figures: compareFigures(before, after, projectedAreas) };
}
