/**
 * The light side of the core, used on the page's main thread: reading a plot's theme values,
 * where to draw names, bounding boxes, and the threshold presets. With engineCore.ts (the
 * worker side), the only code that calls the core. Kept apart so the page's bundle does not
 * carry the validator and the engine, which run in the worker.
 */
import type { Areal, BBox } from '../domain/geometry.ts';
import { landUseClass } from '../domain/landUse.ts';
import { toPlot } from '../domain/parse.ts';
import { EXAMPLE_THRESHOLDS, type ThresholdPreset } from '../domain/thresholds.ts';
import { arealBBox } from '../geo/bbox.ts';
import { arealCentroid } from '../geo/centroid.ts';
import type { PlotThemeKeys, SourceFeature } from './types.ts';

/** The threshold presets the app knows, by id. */
export const PRESETS: ReadonlyMap<string, ThresholdPreset> = new Map([[EXAMPLE_THRESHOLDS.id, EXAMPLE_THRESHOLDS]]);
export const DEFAULT_PRESET_ID = EXAMPLE_THRESHOLDS.id;

export function presetOf(presetId: string): ThresholdPreset {
  return PRESETS.get(presetId) ?? EXAMPLE_THRESHOLDS;
}

/** The plot properties the map themes colour by, read with the core's parser (aliases, codes). */
export function themePropertiesOf(feature: SourceFeature): PlotThemeKeys {
  const attributes = toPlot(feature).attributes;
  return {
    landUse: landUseClass(attributes.landUse)?.code ?? '',
    status: attributes.status ?? '',
    industry: attributes.industry ?? '',
  };
}

/** Where the name of a district or park is drawn: its area-weighted centroid. */
export function labelPointOf(geometry: Areal): [number, number] {
  return arealCentroid(geometry);
}

export function bboxOf(geometry: Areal): BBox {
  return arealBBox(geometry);
}
