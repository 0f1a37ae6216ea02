/**
 * The overlay of plots on the zone's districts and parks: where each plot lies and how much of
 * it counts toward each district and park (DESIGN.md §3, Clipping).
 *
 * `createOverlay` prepares both groups once (areas, bbox and boundary-segment R-trees). `footprintOf` then measures a plot: its ellipsoidal area and centroid,
 * and its shares. A plot far from every boundary (the common case) costs a few index lookups;
 * only a plot a boundary crosses or touches is clipped, and only against the areas concerned
 * (areaShares.ts). Districts and parks are computed independently: parks may overlap districts.
 *
 * @example
 *   const overlay = createOverlay(districts, parks);
 *   const footprints = computeFootprints(plots, overlay);
 */
import type { AreaShare, PlotFootprint } from '../domain/footprint.ts';
import type { Areal, BBox } from '../domain/geometry.ts';
import type { ZoneArea } from '../domain/zone.ts';
import { arealAreaM2 } from './area.ts';
import type { AreaGroup } from './areaGroup.ts';
import { createAreaGroup } from './areaGroup.ts';
import type { ClipFailure, PlotInOverlay } from './areaShares.ts';
import { sharesInGroup } from './areaShares.ts';
import { arealBBox } from './bbox.ts';
import { TOUCH_TOLERANCE_DEG } from './boundaryContact.ts';
import { arealCentroid } from './centroid.ts';

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

function plotInOverlay(geometry: Areal): PlotInOverlay {
  const bbox = arealBBox(geometry);
  const t = TOUCH_TOLERANCE_DEG;
  const searchBBox: BBox = [bbox[0] - t, bbox[1] - t, bbox[2] + t, bbox[3] + t];
  return { geometry, areaM2: arealAreaM2(geometry), bbox, searchBBox, centroid: arealCentroid(geometry) };
}

function sharesOrEmpty(group: AreaGroup, plot: PlotInOverlay): { shares: AreaShare[]; failures: ClipFailure[] } {
  return group.areas.length === 0 ? { shares: [], failures: [] } : sharesInGroup(group, plot);
}

/** Prepares districts and parks for overlaying plots; the inputs are not modified. */
export function createOverlay(districts: readonly ZoneArea[], parks: readonly ZoneArea[]): Overlay {
  const districtGroup = createAreaGroup(districts);
  const parkGroup = createAreaGroup(parks);
  const districtAreaM2 = areaLookup(districtGroup);
  const parkAreaM2 = areaLookup(parkGroup);
  const districtIds = new Set(districts.map((district) => district.id));
  const analyse = (plot: OverlayPlot): FootprintAnalysis => {
    const measured = plotInOverlay(plot.geometry);
    const inDistricts = sharesOrEmpty(districtGroup, measured);
    const inParks = sharesOrEmpty(parkGroup, measured);
    return {
      footprint: {
        plotId: plot.id,
        areaM2: measured.areaM2,
        districtShares: inDistricts.shares,
        parkShares: inParks.shares,
        centroid: measured.centroid,
      },
      districtFailures: inDistricts.failures,
      parkFailures: inParks.failures,
    };
  };
  return {
    footprintOf: (plot) => analyse(plot).footprint,
    analyse,
    areaAreaM2: (id) => (districtIds.has(id) ? districtAreaM2(id) : parkAreaM2(id)),
    districtAreaM2,
    parkAreaM2,
  };
}

/** Footprints of many plots, in their order. */
export function computeFootprints(plots: readonly OverlayPlot[], overlay: Overlay): PlotFootprint[] {
  return plots.map((plot) => overlay.footprintOf(plot));
}
