/**
 * Review mode's requests to the engine worker (an addition to engineProtocol.ts): the user's
 * threshold presets, and the overlay figures (DBSCAN cluster hulls, hexagon density grid).
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { FeatureInput } from '../domain/parse.ts';
import type { ZoneComparison } from '../stats/compare.ts';
import type { HexCell, SpatialCluster } from '../stats/types.ts';

/** DBSCAN and hexagon parameters of the review overlays. */
export interface OverlayParams {
  epsM: number;
  minPts: number;
  cellSizeM: number;
}

export type ReviewRequest =
  | { op: 'setPresets'; presets: ThresholdPreset[] }
  | { op: 'reviewOverlay'; params: OverlayParams }
  /** compareCore.ts: two plot sets over the loaded districts and parks */
  | { op: 'compare'; before: FeatureInput[]; after: FeatureInput[]; presetId: string };

export interface ReviewResponses {
  setPresets: { dataVersion: number };
  reviewOverlay: { dataVersion: number; clusters: SpatialCluster[]; hexCells: HexCell[] };
  compare: { dataVersion: number; comparison: ZoneComparison };
}
