/**
 * One layout of the zone on the plane: street grid, outline and river, parks, plot drafts,
 * and the district boundaries, with each draft's district and whether it straddles.
 */
import type { DistrictId } from '../../src/domain/zone.ts';
import type { CrossingCounter, DiagonalStep } from './boundaryPaths.ts';
import type { DistrictLayout } from './districts.ts';
import { buildDistricts } from './districts.ts';
import type { ZoneFrame } from './frame.ts';
import { buildOutline, plotRegion } from './outline.ts';
import type { PlacedPark } from './parks.ts';
import { placeParks } from './parks.ts';
import type { RingXY, XY } from './plane.ts';
import { pointInRing, segmentsIntersect, shapeCentroid } from './plane.ts';
import type { PlotDraft } from './plotDrafts.ts';
import { draftPlots } from './plotDrafts.ts';
import type { Random } from './random.ts';
import { addSpecialForms } from './specialForms.ts';
import type { StreetGrid } from './streetGrid.ts';
import { buildStreetGrid, nearestLine } from './streetGrid.ts';

export interface PlacedDraft extends PlotDraft {
  districtId: DistrictId;
  straddles: boolean;
}

export interface ZoneLayout {
  frame: ZoneFrame;
  districts: DistrictLayout;
  parks: PlacedPark[];
  drafts: PlacedDraft[];
}

const blockKey = (col: number, row: number): string => `${col},${row}`;

function cuts(draft: PlotDraft, a: XY, b: XY): boolean {
  return draft.shape.some((polygon) => polygon.some((ring) => ring.some((p, i) => segmentsIntersect(a, b, p, ring[(i + 1) % ring.length] as XY))));
}

function crossingCounter(byBlock: ReadonlyMap<string, PlotDraft[]>): CrossingCounter {
  return (step: DiagonalStep) => (byBlock.get(blockKey(step.col, step.row)) ?? []).filter((d) => cuts(d, step.a, step.b)).length;
}

function districtOf(point: XY, rings: Record<DistrictId, RingXY>): DistrictId | undefined {
  return (Object.keys(rings) as DistrictId[]).find((id) => pointInRing(point, rings[id]));
}

function placeDrafts(drafts: PlotDraft[], districts: DistrictLayout): PlacedDraft[] {
  const diagonals = new Map<string, DiagonalStep>(districts.diagonals.map((d) => [blockKey(d.col, d.row), d]));
  return drafts.map((draft) => {
    const diagonal = diagonals.get(blockKey(draft.block.col, draft.block.row));
    const firstVertex = draft.shape[0]?.[0]?.[0] as XY;
    const districtId = districtOf(shapeCentroid(draft.shape), districts.rings) ?? districtOf(firstVertex, districts.rings);
    if (!districtId) throw new Error('a plot lies outside every district');
    return { ...draft, districtId, straddles: diagonal !== undefined && cuts(draft, diagonal.a, diagonal.b) };
  });
}

/** Typical plots cut by one diagonal step, measured on generated zones. */
const CROSSINGS_PER_STEP = 1.7;
/** Share of plots that should straddle a district boundary. */
export const STRADDLING_SHARE = 0.018;

/**
 * How far boundary fingers reach (even, 0 for none): enough that the boundaries can cut
 * STRADDLING_SHARE of the plots although their length grows only with the zone's side.
 */
function fingerDepthFor(frame: ZoneFrame, grid: StreetGrid, expectedPlots: number | undefined): number {
  if (expectedPlots === undefined) return 0;
  const columns = grid.xLines.filter((l) => l.positionM > 0 && l.positionM < frame.widthM).length;
  const rows = grid.yLines.filter((l) => l.positionM > 0 && l.positionM < frame.heightM).length;
  const ratio = (expectedPlots * STRADDLING_SHARE) / (CROSSINGS_PER_STEP * (columns + 0.3 * rows));
  return ratio <= 1.3 ? 0 : 2 * Math.ceil((ratio - 1) / 2);
}

/** `expectedPlots` sizes the special forms and the straddling plots. */
export function layoutZone(frame: ZoneFrame, expectedPlots: number | undefined, random: Random): ZoneLayout {
  const grid = buildStreetGrid(frame, random.fork('grid'));
  const outline = buildOutline(frame, random.fork('outline'));
  const base = {
    southLine: nearestLine(grid.yLines, 0.34 * frame.heightM),
    middleLine: nearestLine(grid.xLines, 0.46 * frame.widthM),
    fingerDepth: fingerDepthFor(frame, grid, expectedPlots),
  };
  const parks = placeParks(frame, grid, outline, base);
  const ctx = { frame, grid, outline, region: plotRegion(outline), parks, base };
  const plain = draftPlots(ctx, random.fork('plots'));
  const plotCount = expectedPlots ?? plain.length;
  const special = Math.max(3, Math.round(plotCount * 0.003));
  const drafts = addSpecialForms(plain, { holed: special, twoPart: special }, frame, random.fork('forms'));
  const byBlock = new Map<string, PlotDraft[]>();
  for (const draft of drafts) {
    const key = blockKey(draft.block.col, draft.block.row);
    const list = byBlock.get(key);
    if (list) list.push(draft);
    else byBlock.set(key, [draft]);
  }
  const targetCrossings = Math.max(8, plotCount * STRADDLING_SHARE);
  const districts = buildDistricts(frame, grid, outline, base, targetCrossings, crossingCounter(byBlock), random.fork('boundaries'));
  return { frame, districts, parks, drafts: placeDrafts(drafts, districts) };
}
