/**
 * The Review dashboard as one derived value: tables and charts from the engine's ZoneStats and
 * every plot's figures, memoised on those inputs so a re-render computes nothing.
 */
import type { PlotFigures, ZoneStats } from '../stats/types.ts';
import { agglomerationOf, clusterChartOf, clusterTableOf, lqTableOf } from './reviewClusters.ts';
import { complianceTableOf, failingTableOf, suppliedFigures } from './reviewCompliance.ts';
import { classChartOf, efficiencyTableOf } from './reviewEfficiency.ts';
import { occupancyChartOf, occupancyTableOf } from './reviewOccupancy.ts';
import type { ReviewChart, ReviewTable, ReviewTableId } from './reviewTable.ts';
import type { SourceFeature } from './types.ts';

export interface ReviewInputs {
  stats: ZoneStats;
  figures: readonly PlotFigures[];
  districts: readonly SourceFeature[];
  parks: readonly SourceFeature[];
  plots: readonly SourceFeature[];
}

export interface ReviewDashboard {
  tables: Readonly<Record<ReviewTableId, ReviewTable>>;
  charts: readonly ReviewChart[];
  agglomeration: ReturnType<typeof agglomerationOf>;
}

export function reviewDashboardOf(inputs: ReviewInputs): ReviewDashboard {
  const { stats, figures, plots } = inputs;
  const areas = { districts: inputs.districts, parks: inputs.parks };
  const districtIds = stats.districts.map((d) => d.areaId);
  const checked = suppliedFigures(figures, plots);
  return {
    tables: {
      occupancy: occupancyTableOf(stats, areas),
      lq: lqTableOf(stats, areas),
      clusters: clusterTableOf(stats, areas),
      efficiency: efficiencyTableOf(stats, figures, areas),
      compliance: complianceTableOf(checked, districtIds, areas),
      failing: failingTableOf(checked, plots, areas),
    },
    charts: [occupancyChartOf(stats, areas), clusterChartOf(stats, areas), classChartOf(stats, figures, areas)],
    agglomeration: agglomerationOf(stats),
  };
}

/** `reviewDashboardOf`, remembered for the last inputs (compared member by member). */
export function createReviewSelector(): (inputs: ReviewInputs) => ReviewDashboard {
  let last: { inputs: ReviewInputs; dashboard: ReviewDashboard } | null = null;
  return (inputs) => {
    const same = last !== null && (Object.keys(inputs) as (keyof ReviewInputs)[]).every((k) => last?.inputs[k] === inputs[k]);
    if (same && last !== null) return last.dashboard;
    const dashboard = reviewDashboardOf(inputs);
    last = { inputs, dashboard };
    return dashboard;
  };
}
