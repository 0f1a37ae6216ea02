/**
 * The comparison of two plot sets over the loaded districts and parks, with the core's
 * compareZones (DESIGN.md §3): runs in the engine worker, and in Node for the end-to-end tests'
 * expected values. The district/park overlay is made once per zone and reused.
 */
import type { FeatureInput } from '../domain/parse.ts';
import { toDistrict, toPark, toPlot } from '../domain/parse.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { District, Park } from '../domain/zone.ts';
import { createOverlay, type Overlay } from '../geo/overlay.ts';
import { compareZones, type ZoneComparison } from '../stats/compare.ts';
import { createZoneEngineFromOverlay } from '../stats/engineFromOverlay.ts';
import type { SourceFeature } from './types.ts';

interface ZoneFrame {
  districtFeatures: readonly SourceFeature[];
  parkFeatures: readonly SourceFeature[];
  districts: District[];
  parks: Park[];
  overlay: Overlay;
}

export interface ComparisonCore {
  compare(zone: { districts: readonly SourceFeature[]; parks: readonly SourceFeature[] }, before: readonly FeatureInput[],
    after: readonly FeatureInput[], thresholds: ThresholdPreset): ZoneComparison;
}

export function createComparisonCore(): ComparisonCore {
  let frame: ZoneFrame | null = null;
  const frameFor = (districtFeatures: readonly SourceFeature[], parkFeatures: readonly SourceFeature[]): ZoneFrame => {
    if (frame?.districtFeatures === districtFeatures && frame.parkFeatures === parkFeatures) return frame;
    const districts = districtFeatures.map(toDistrict);
    const parks = parkFeatures.map(toPark);
    frame = { districtFeatures, parkFeatures, districts, parks, overlay: createOverlay(districts, parks) };
    return frame;
  };
  return {
    compare(zone, before, after, thresholds) {
      const { districts, parks, overlay } = frameFor(zone.districts, zone.parks);
      return compareZones({
        before: before.map(toPlot), after: after.map(toPlot), thresholds,
        footprintOf: (plot) => overlay.footprintOf(plot),
        statsOf: (plots) => createZoneEngineFromOverlay({ districts, parks, plots, thresholds, overlay }).stats(),
      });
    },
  };
}
