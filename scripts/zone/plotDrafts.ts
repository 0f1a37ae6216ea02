/**
 * Plot drafts: the geometry of every plot before it has an id or attributes. Blocks are cut
 * into plots by the size rule of their theme; blocks on the outline or the river are clipped
 * to the land where plots may lie.
 */
import type { DistrictId } from '../../src/domain/zone.ts';
import { splitBlock, splitRuleFor } from './blockLayout.ts';
import { intersectShapes, shapeOfRing } from './clip.ts';
import type { ZoneFrame } from './frame.ts';
import type { ZoneOutline } from './outline.ts';
import { outlineRing } from './outline.ts';
import type { BoundaryBase, PlacedPark } from './parks.ts';
import { parkOfBlock, position } from './parks.ts';
import type { BoxXY, PolygonXY, ShapeXY, XY } from './plane.ts';
import { pointInRing, rectRing, shapeAreaM2 } from './plane.ts';
import { expandBox, polylineTouchesBox, valueAt } from './polyline.ts';
import type { BlockTheme } from './profiles.ts';
import { DISTRICT_THEMES, PARK_THEMES } from './profiles.ts';
import type { Random } from './random.ts';
import type { Block, StreetGrid } from './streetGrid.ts';
import { blocksOf } from './streetGrid.ts';
import { plotRing } from './plotShapes.ts';

export type PlotForm = 'plain' | 'holed' | 'two-part' | 'enclave';

export interface PlotDraft {
  shape: ShapeXY;
  /** the rectangle the plot was cut from */
  box: BoxXY;
  block: Block;
  theme: BlockTheme;
  park: PlacedPark | undefined;
  form: PlotForm;
  clipped: boolean;
  riverside: boolean;
}

export interface DraftContext {
  frame: ZoneFrame;
  grid: StreetGrid;
  outline: ZoneOutline;
  region: ShapeXY;
  parks: readonly PlacedPark[];
  base: BoundaryBase;
}

/** The district a point falls in by the base lines (before the boundaries wander). */
function baseDistrict(point: XY, ctx: DraftContext): DistrictId {
  const river = ctx.outline.river;
  const x = Math.min(Math.max(point[0], (river[0] as XY)[0]), (river[river.length - 1] as XY)[0]);
  if (point[1] > valueAt(river, 0, x)) return 'north';
  if (point[1] < position(ctx.grid.yLines, ctx.base.southLine)) return 'south';
  return point[0] < position(ctx.grid.xLines, ctx.base.middleLine) ? 'west' : 'east';
}

type BlockSituation = 'inside' | 'outside' | 'edge';

function situation(block: Block, ctx: DraftContext, ring: XY[]): BlockSituation {
  const { box } = block;
  const corners = rectRing(box.minX, box.minY, box.maxX, box.maxY);
  const touchesOutline = polylineTouchesBox([...ring, ring[0] as XY], expandBox(box, ctx.outline.setbackM + 1));
  const inOutline = corners.map((c) => pointInRing(c, ring));
  if (!touchesOutline && inOutline.every((v) => !v)) return 'outside';
  const nearRiver = polylineTouchesBox(ctx.outline.river, expandBox(box, ctx.outline.riverHalfWidthM + 1));
  return !touchesOutline && !nearRiver && inOutline.every((v) => v) ? 'inside' : 'edge';
}

function blockDrafts(block: Block, ctx: DraftContext, random: Random): PlotDraft[] {
  const g = ctx.frame.gridScale;
  const { box } = block;
  const park = parkOfBlock(ctx.parks, block.col, block.row);
  const center: XY = [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
  const theme = random.weighted(park ? PARK_THEMES[park.info.id] : DISTRICT_THEMES[baseDistrict(center, ctx)]);
  const standardFactory = park?.info.id === 'standard-factory-park' && theme === 'industrial';
  const rule = splitRuleFor(standardFactory ? 'standard-factory' : theme, g, random);
  const riverside = polylineTouchesBox(ctx.outline.river, expandBox(box, ctx.outline.riverHalfWidthM + 40 * g));
  return splitBlock(box, rule, random).map((plotBox) => ({
    shape: [[plotRing(plotBox, box, { chamferM: random.chance(0.7) ? 12 * g : 0, notch: !standardFactory && random.chance(0.08), stakeSpacingM: 95 * g }, random)]],
    box: plotBox,
    block,
    theme,
    park,
    form: 'plain',
    clipped: false,
    riverside,
  }));
}

function largestPart(shape: ShapeXY): PolygonXY | undefined {
  let best: PolygonXY | undefined;
  for (const polygon of shape) if (!best || shapeAreaM2([polygon]) > shapeAreaM2([best])) best = polygon;
  return best;
}

/**
 * Clips the drafts of an edge block to the plot region, keeping the largest piece (a plot
 * never spans the river) and dropping slivers.
 */
function clipToRegion(drafts: PlotDraft[], block: Block, ctx: DraftContext): PlotDraft[] {
  const { box } = block;
  const blockRegion = intersectShapes(shapeOfRing(rectRing(box.minX, box.minY, box.maxX, box.maxY)), ctx.region);
  if (blockRegion.length === 0) return [];
  const minAreaM2 = 6 * 666.67 * ctx.frame.gridScale ** 2;
  const kept: PlotDraft[] = [];
  for (const draft of drafts) {
    const before = shapeAreaM2(draft.shape);
    const largest = largestPart(intersectShapes(draft.shape, blockRegion));
    const after = largest ? shapeAreaM2([largest]) : 0;
    if (!largest || after < minAreaM2 || after < 0.3 * before) continue;
    const unchanged = Math.abs(after - before) < 1e-6 * before;
    kept.push(unchanged ? draft : { ...draft, shape: [largest], clipped: true });
  }
  return kept;
}

/** Some southern land is not yet acquired (未征收) and has no plots. */
function notYetAcquired(block: Block, ctx: DraftContext, random: Random): boolean {
  const { box } = block;
  const center: XY = [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
  const chance = random.next();
  return !parkOfBlock(ctx.parks, block.col, block.row) && baseDistrict(center, ctx) === 'south' && chance < 0.3;
}

export function draftPlots(ctx: DraftContext, random: Random): PlotDraft[] {
  const ring = outlineRing(ctx.outline);
  const acquisition = random.fork('acquisition');
  const drafts: PlotDraft[] = [];
  for (const block of blocksOf(ctx.grid)) {
    const where = situation(block, ctx, ring);
    if (where === 'outside' || notYetAcquired(block, ctx, acquisition)) continue;
    const inBlock = blockDrafts(block, ctx, random);
    drafts.push(...(where === 'inside' ? inBlock : clipToRegion(inBlock, block, ctx)));
  }
  return drafts;
}
