import type { Occupancy, PlotFigures, ZoneStats } from '../../../src/stats/types.ts';
import type { SourceFeature } from '../../../src/state/types.ts';

export function feature(id: string, properties: Record<string, unknown>): SourceFeature {
  return { index: 0, id, geometry: { type: 'Polygon', coordinates: [] }, properties };
}

function occupancy(areaId: string): Occupancy {
  return {
    areaId, landAreaM2: 1_500_000, plotCount: 3, plottedAreaM2: 900_000, developableAreaM2: 600_000,
    suppliedAreaM2: 300_000, builtAreaM2: 200_000, idleAreaM2: 50_000, vacantAreaM2: 200_000,
    industrialAreaM2: 300_000, standardFactoryFloorAreaM2: 0, standardFactoryLeasedFloorAreaM2: 0,
    occupancyRatio: 0.5, builtRatio: 2 / 3, idleRatio: 1 / 6, coverageRatio: 0.6, industrialLandRatio: 0.5,
    standardFactoryOccupancyRatio: null,
  };
}

export function zoneStats(): ZoneStats {
  return {
    zone: occupancy('zone'), districts: [occupancy('north')], parks: [], clusters: [],
    agglomeration: { ratio: null, basis: 'area', leadingClusters: [] }, efficiency: [],
  };
}

const EFFICIENCY = {
  investmentWanYuanPerMu: null, outputWanYuanPerMu: null, taxWanYuanPerMu: null, floorAreaRatio: null,
  buildingCoverageRatio: null, greenRatio: null, adminRatio: null,
};

export function failingPlot(plotId: string): PlotFigures {
  return {
    plotId, areaM2: 1000, efficiency: EFFICIENCY, efficiencyClass: null, districtIds: ['north'], parkIds: [],
    compliance: [{ indicator: 'taxWanYuanPerMu', value: 5, verdict: 'fail' }],
  };
}

export function passingPlot(plotId: string): PlotFigures {
  return { ...failingPlot(plotId), compliance: [{ indicator: 'taxWanYuanPerMu', value: 50, verdict: 'pass' }] };
}
