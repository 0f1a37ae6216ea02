/**
 * The seeded generator of the FICTIONAL sample zone and of synthetic benchmark zones.
 * Same seed and plot count → the same collections, byte for byte once serialised.
 *
 *   generateZone({ seed: SAMPLE_SEED })              // the committed sample (natural count)
 *   generateZone({ seed: 1, plotCount: 100_000 })    // exactly 100 000 plots
 */
import { DISTRICT_INFO } from './profiles.ts';
import type { PlotProperties } from './attributes.ts';
import { plotProperties } from './attributes.ts';
import type { DistrictCollection, ParkCollection, PlotCollection } from './features.ts';
import { districtCollection, parkCollection, plotFeature } from './features.ts';
import { createFrame, createProjection } from './frame.ts';
import type { PlacedDraft, ZoneLayout } from './layout.ts';
import { layoutZone } from './layout.ts';
import { createNameBook } from './names.ts';
import { shapeAreaM2 } from './plane.ts';
import { createRandom } from './random.ts';
import { shuffledIndices } from './specialForms.ts';

/** Seed of the committed sample in data/. */
export const SAMPLE_SEED = 20250917;

/** Plots the sample frame holds at scale 1, used to size larger zones. */
const PLOTS_AT_SAMPLE_SCALE = 700;

export interface GenerateZoneOptions {
  seed: number;
  /** exact number of plots; omitted: the sample zone with its natural count */
  plotCount?: number;
}

export interface GeneratedZone {
  districts: DistrictCollection;
  parks: ParkCollection;
  plots: PlotCollection;
}

/**
 * Zone and grid scales for a plot count: past the sample's size the zone grows and plots
 * shrink, each by r^¼ (aiming 7 % over, as the count varies with the seed). Smaller counts
 * keep the sample's frame and are thinned.
 */
function scalesFor(plotCount: number): { zoneScale: number; gridScale: number } {
  const ratio = Math.max(1, (plotCount * 1.07) / PLOTS_AT_SAMPLE_SCALE);
  return { zoneScale: ratio ** 0.25, gridScale: ratio ** -0.25 };
}

function layoutWithAtLeast(seed: number, plotCount: number): ZoneLayout {
  const scales = scalesFor(plotCount);
  const gridScale = scales.gridScale;
  let zoneScale = scales.zoneScale;
  for (let attempt = 0; attempt < 8; attempt++) {
    const layout = layoutZone(createFrame(zoneScale, gridScale), plotCount, createRandom(seed));
    if (layout.drafts.length >= plotCount) return layout;
    zoneScale *= Math.sqrt(plotCount / layout.drafts.length) * 1.02;
  }
  throw new Error(`could not lay out ${plotCount} plots`);
}

/**
 * Drops plots until `plotCount` remain: ordinary ones first (not special forms, not
 * straddling), the others only when too few ordinary plots exist.
 */
function trimTo(drafts: PlacedDraft[], plotCount: number, seed: number): PlacedDraft[] {
  const excess = drafts.length - plotCount;
  if (excess <= 0) return drafts;
  const isOrdinary = (d: PlacedDraft): boolean => d.form === 'plain' && !d.straddles;
  const ordinary = drafts.map((d, i) => (isOrdinary(d) ? i : -1)).filter((i) => i >= 0);
  const others = drafts.map((d, i) => (isOrdinary(d) ? -1 : i)).filter((i) => i >= 0);
  const random = createRandom(seed).fork('trim');
  const candidates = [
    ...shuffledIndices(ordinary.length, random).map((k) => ordinary[k] as number),
    ...shuffledIndices(others.length, random).map((k) => others[k] as number),
  ];
  const dropped = new Set(candidates.slice(0, excess));
  return drafts.filter((_, i) => !dropped.has(i));
}

/** Plot ids "N-012-03": district letter, block number within the district, plot number within the block. */
function plotIds(drafts: readonly PlacedDraft[]): string[] {
  const blockNumbers = new Map<string, number>();
  const blocksPerDistrict = new Map<string, number>();
  const plotsPerBlock = new Map<string, number>();
  return drafts.map((draft) => {
    const key = `${draft.districtId}:${draft.block.col},${draft.block.row}`;
    let blockNumber = blockNumbers.get(key);
    if (blockNumber === undefined) {
      blockNumber = (blocksPerDistrict.get(draft.districtId) ?? 0) + 1;
      blocksPerDistrict.set(draft.districtId, blockNumber);
      blockNumbers.set(key, blockNumber);
    }
    const plotNumber = (plotsPerBlock.get(key) ?? 0) + 1;
    plotsPerBlock.set(key, plotNumber);
    const letter = DISTRICT_INFO[draft.districtId].letter;
    return `${letter}-${String(blockNumber).padStart(3, '0')}-${String(plotNumber).padStart(2, '0')}`;
  });
}

/** Facts about a generated zone, for the command line and the benchmarks. */
export interface ZoneReport {
  plotCount: number;
  straddlingPlots: number;
  holedPlots: number;
  multiPartPlots: number;
  zoneScale: number;
  gridScale: number;
}

export function generateZone(options: GenerateZoneOptions): GeneratedZone {
  return generateZoneWithReport(options).zone;
}

export function generateZoneWithReport(options: GenerateZoneOptions): { zone: GeneratedZone; report: ZoneReport } {
  const { seed, plotCount } = options;
  const layout = plotCount === undefined
    ? layoutZone(createFrame(1, 1), undefined, createRandom(seed))
    : layoutWithAtLeast(seed, plotCount);
  const frame = layout.frame;
  const drafts = plotCount === undefined ? layout.drafts : trimTo(layout.drafts, plotCount, seed);
  const project = createProjection(frame);
  const ids = plotIds(drafts);
  const random = createRandom(seed).fork('attributes');
  const names = createNameBook(createRandom(seed).fork('names'));
  const features = drafts.map((draft, index) => {
    const context = { id: ids[index] as string, draft, districtId: draft.districtId, areaM2: shapeAreaM2(draft.shape), gridScale: frame.gridScale, straddles: draft.straddles };
    const properties: PlotProperties = plotProperties(context, names, random);
    return plotFeature(properties, draft.shape, project);
  });
  const zone: GeneratedZone = {
    districts: districtCollection(layout.districts.rings, project),
    parks: parkCollection(layout.parks, project),
    plots: { type: 'FeatureCollection', features },
  };
  const report: ZoneReport = {
    plotCount: drafts.length,
    straddlingPlots: drafts.filter((d) => d.straddles).length,
    holedPlots: drafts.filter((d) => d.form === 'holed').length,
    multiPartPlots: drafts.filter((d) => d.shape.length > 1).length,
    zoneScale: frame.zoneScale,
    gridScale: frame.gridScale,
  };
  return { zone, report };
}
