/**
 * The overlay of plots on the zone's districts and parks: where each plot lies and how much of
 * it counts toward each district and park (DESIGN.md §3, Clipping).
 *
 * `createOverlay` prepares both groups once (areas, R-trees of area and boundary-segment boxes,
 * and a grid of cells that knows which area holds each cell away from the boundaries,
 * areaGrid.ts). `footprintOf` then measures a plot: its ellipsoidal area and centroid, and its
 * shares. A plot far from every boundary (the common case) is settled by a few grid lookups;
 * only a plot a boundary crosses or touches is clipped, and only against the areas concerned
 * (areaShares.ts). Districts and parks are computed independently: parks may overlap districts.
 *
 * @example
 *   const overlay = createOverlay(districts, parks);
 *   const footprints = computeFootprints(plots, overlay);
 */
import type { AreaShare, PlotFootprint } from '../domain/footprint.ts';
import type { Areal } from '../domain/geometry.ts';
import type { ZoneArea } from '../domain/zone.ts';
import type { AreaGroup } from './areaGroup.ts';
import { createAreaGroup } from './areaGroup.ts';
import type { ClipFailure, PlotInOverlay } from './areaShares.ts';
import { sharesInGroup } from './areaShares.ts';
import { TOUCH_TOLERANCE_DEG } from './boundaryContact.ts';
import type { ArealMeasures } from './plotMeasure.ts';
import { measureArealInto } from './plotMeasure.ts';

export type { ClipFailure } from './areaShares.ts';

/** What the overlay needs of a plot. */
export interface OverlayPlot {
  id: string;
  geometry: Areal;
}

/** A footprint with the clips that failed on the way (their areas used the centroid rule). */
export interface FootprintAnalysis {
  footprint: PlotFootprint;
  districtFailures: ClipFailure[];
  parkFailures: ClipFailure[];
}

export interface Overlay {
  /** Area, centroid and clipped district and park shares of one plot. */
  footprintOf(plot: OverlayPlot): PlotFootprint;
  /** The footprint and any clip failures behind it. */
  analyse(plot: OverlayPlot): FootprintAnalysis;
  /** Ellipsoidal land area of a district or park in m² (districts first); 0 for an unknown id. */
  areaAreaM2(areaId: string): number;
  districtAreaM2(districtId: string): number;
  parkAreaM2(parkId: string): number;
}

function areaLookup(group: AreaGroup): (id: string) => number {
  const byId = new Map(group.areas.map((area) => [area.id, area.areaM2] as const));
  return (id) => byId.get(id) ?? 0;
}

/**
 * Measures a plot into `into`, an object reused from plot to plot (one footprint at a time):
 * a short-lived object per plot would only feed the garbage collector. Box, area and centroid
 * come from one pass over the coordinates (plotMeasure.ts); `measures` writes its box into
 * `into.searchBBox`.
 */
function measureInto(into: PlotInOverlay, measures: ArealMeasures, geometry: Areal): PlotInOverlay {
  measureArealInto(geometry, measures);
  const box = into.searchBBox;
  const t = TOUCH_TOLERANCE_DEG;
  box[0] -= t;
  box[1] -= t;
  box[2] += t;
  box[3] += t;
  into.geometry = geometry;
  into.areaM2 = measures.areaM2;
  into.centroid = measures.centroid;
  into.measureM2 = undefined;
  return into;
}

function sharesOrEmpty(group: AreaGroup, plot: PlotInOverlay, failures?: ClipFailure[]): AreaShare[] {
  return group.areas.length === 0 ? [] : sharesInGroup(group, plot, failures);
}

/** Prepares districts and parks for overlaying plots; the inputs are not modified. */
export function createOverlay(districts: readonly ZoneArea[], parks: readonly ZoneArea[]): Overlay {
  const districtGroup = createAreaGroup(districts);
  const parkGroup = createAreaGroup(parks);
  const districtAreaM2 = areaLookup(districtGroup);
  const parkAreaM2 = areaLookup(parkGroup);
  const districtIds = new Set(districts.map((district) => district.id));
  const scratch: PlotInOverlay = { geometry: { type: 'Polygon', coordinates: [] }, areaM2: 0, searchBBox: [0, 0, 0, 0], centroid: [0, 0], measureM2: undefined };
  const measures: ArealMeasures = { bbox: scratch.searchBBox, areaM2: 0, centroid: [0, 0] };
  const footprint = (plot: OverlayPlot, districtFailures?: ClipFailure[], parkFailures?: ClipFailure[]): PlotFootprint => {
    const measured = measureInto(scratch, measures, plot.geometry);
    return {
      plotId: plot.id,
      areaM2: measured.areaM2,
      districtShares: sharesOrEmpty(districtGroup, measured, districtFailures),
      parkShares: sharesOrEmpty(parkGroup, measured, parkFailures),
      centroid: measured.centroid,
    };
  };
  return {
    footprintOf: (plot) => footprint(plot),
    analyse: (plot) => {
      const districtFailures: ClipFailure[] = [];
      const parkFailures: ClipFailure[] = [];
      return { footprint: footprint(plot, districtFailures, parkFailures), districtFailures, parkFailures };
    },
    areaAreaM2: (id) => (districtIds.has(id) ? districtAreaM2(id) : parkAreaM2(id)),
    districtAreaM2,
    parkAreaM2,
  };
}

/** Footprints of many plots, in their order. */
export function computeFootprints(plots: readonly OverlayPlot[], overlay: Overlay): PlotFootprint[] {
  return plots.map((plot) => overlay.footprintOf(plot));
}
