/**
 * The planning rules on drawn and edited plots (the core's checkPlotGeometry), against the
 * plots nearby (a box test first) and the districts: a self-intersecting shape is refused; an
 * overlap, or a plot outside every district, is flagged; a plot across a district boundary is
 * allowed (counted pro rata) and said so. The flags of the last edit are memoised on the data.
 */
import type { Areal, BBox } from '../domain/geometry.ts';
import { arealBBox, bboxesIntersect } from '../geo/bbox.ts';
import { checkPlotGeometry, type PlotGeometryCheck } from '../geo/edit/check.ts';
import type { AppState, LayerData, SourceFeature } from './types.ts';

/** Boxes by feature object: an edit measures only the plots it made, not the 10 000 others. */
const boxes = new WeakMap<SourceFeature, BBox>();

function boxOf(feature: SourceFeature): BBox {
  let box = boxes.get(feature);
  if (box === undefined) {
    box = arealBBox(feature.geometry);
    boxes.set(feature, box);
  }
  return box;
}

/** Plots whose box meets `box`, except the ones listed. */
export function plotsNear(layer: LayerData, box: BBox, exceptIds: Iterable<string> = []): SourceFeature[] {
  const except = new Set(exceptIds);
  return layer.features.filter((f) => !except.has(f.id) && bboxesIntersect(boxOf(f), box));
}

/** Degrees around a new shape in which a neighbour's code is looked for (about 500 m). */
const NEIGHBOUR_REACH_DEG = 0.005;

/** The code of the plot nearest to a shape (box centres), for numbering a new plot after it; undefined when none is near. */
export function nearestPlotId(layer: LayerData, geometry: Areal): string | undefined {
  const [w, s, e, n] = arealBBox(geometry);
  const reach: BBox = [w - NEIGHBOUR_REACH_DEG, s - NEIGHBOUR_REACH_DEG, e + NEIGHBOUR_REACH_DEG, n + NEIGHBOUR_REACH_DEG];
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  let best: { id: string; d2: number } | undefined;
  for (const f of plotsNear(layer, reach)) {
    const b = boxOf(f);
    const d2 = ((b[0] + b[2]) / 2 - cx) ** 2 + ((b[1] + b[3]) / 2 - cy) ** 2;
    if (best === undefined || d2 < best.d2) best = { id: f.id, d2 };
  }
  return best?.id;
}

/** The rules checked on a shape about to replace the plots `ignoreIds` (none for a new plot). */
export function checkShape(state: AppState, geometry: Areal, ignoreIds: readonly string[] = []): PlotGeometryCheck {
  const otherPlots = plotsNear(state.data.plots, arealBBox(geometry), ignoreIds);
  const districts = state.data.districts.features.map((f) => f.geometry);
  return checkPlotGeometry(geometry, { otherPlots, districts }, { ignorePlotIds: ignoreIds });
}

/** One plot's flags after an edit. */
export interface PlotFlags {
  plotId: string;
  overlapsPlotIds: readonly string[];
  outsideAllDistricts: boolean;
  crossesDistrictBoundary: boolean;
}

let last: { plots: LayerData; districts: LayerData; ids: readonly string[]; flags: PlotFlags[] } | null = null;

/** Flags of the plots the last edit added or changed (only those with something to say). */
export function editFlagsOf(state: AppState): PlotFlags[] {
  const { plots, districts } = state.data;
  const ids = state.edit.lastEditedIds;
  if (last !== null && last.plots === plots && last.districts === districts && last.ids === ids) return last.flags;
  const wanted = new Set(ids);
  const flags: PlotFlags[] = [];
  for (const feature of plots.features) {
    if (!wanted.has(feature.id)) continue;
    const check = checkShape(state, feature.geometry, [feature.id]);
    if (check.overlapsPlotIds.length > 0 || check.outsideAllDistricts || check.crossesDistrictBoundary) {
      flags.push({ plotId: feature.id, overlapsPlotIds: check.overlapsPlotIds, outsideAllDistricts: check.outsideAllDistricts, crossesDistrictBoundary: check.crossesDistrictBoundary });
    }
  }
  last = { plots, districts, ids, flags };
  return flags;
}
