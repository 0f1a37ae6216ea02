/**
 * From validated features to a running zone engine: the one composition shared by the CLI,
 * the app's engine worker and the benchmark, so every figure comes from the same code path.
 */
import { toDistrict, toPark, toPlot, type FeatureInput } from '../domain/parse.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { ZoneEngine } from '../stats/engine.ts';
import { createZoneEngineForZone } from '../stats/engineFromOverlay.ts';

export interface ZoneFeatures {
  districts: readonly FeatureInput[];
  parks: readonly FeatureInput[];
  plots: readonly FeatureInput[];
}

export function buildZoneEngine(features: ZoneFeatures, thresholds: ThresholdPreset): ZoneEngine {
  return createZoneEngineForZone({
    districts: features.districts.map(toDistrict),
    parks: features.parks.map(toPark),
    plots: features.plots.map(toPlot),
    thresholds,
  }).engine;
}
