/**
 * Wiring of the zone engine to the geo layer: the overlay of src/geo/overlay.ts clips each plot
 * against the districts and parks and measures it (the engine's `footprintOf`), and knows the
 * land area of each district and park (its `landAreaM2`). The engine itself takes those two
 * functions, so it is tested without geometry.
 */
import type { Plot } from '../domain/plot.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { District, Park } from '../domain/zone.ts';
import type { Overlay } from '../geo/overlay.ts';
import { createOverlay } from '../geo/overlay.ts';
import type { ZoneEngine } from './engine.ts';
import { createZoneEngine } from './engine.ts';

export interface ZoneSource {
  districts: readonly District[];
  parks: readonly Park[];
  plots: readonly Plot[];
  thresholds: ThresholdPreset;
}

/** What the engine needs of an overlay. */
export type FootprintSource = Pick<Overlay, 'footprintOf' | 'districtAreaM2' | 'parkAreaM2'>;

/** An engine over an overlay already made for these districts and parks. */
export function createZoneEngineFromOverlay(input: ZoneSource & { overlay: FootprintSource }): ZoneEngine {
  const { overlay } = input;
  return createZoneEngine({
    districts: input.districts,
    parks: input.parks,
    plots: input.plots,
    thresholds: input.thresholds,
    footprintOf: (plot) => overlay.footprintOf(plot),
    landAreaM2: (areaId, level) => (level === 'district' ? overlay.districtAreaM2(areaId) : overlay.parkAreaM2(areaId)),
  });
}

/** Makes the overlay of the zone's districts and parks and an engine over it. */
export function createZoneEngineForZone(input: ZoneSource): { engine: ZoneEngine; overlay: Overlay } {
  const overlay = createOverlay(input.districts, input.parks);
  return { engine: createZoneEngineFromOverlay({ ...input, overlay }), overlay };
}
