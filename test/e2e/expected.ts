/**
 * The values the browser must show, computed in Node by the very same engine session the app's
 * worker runs (src/state/engineSession.ts over the core), from the same files.
 */
import { readFile } from 'node:fs/promises';
import { createEngineSession } from '../../src/state/engineSession.ts';
import { DEFAULT_PRESET_ID } from '../../src/state/coreViews.ts';
import { arealCentroid } from '../../src/geo/centroid.ts';
import { pointInAreal } from '../../src/geo/pointInPolygon.ts';
import { LAYER_KINDS, type SourceFeature } from '../../src/state/types.ts';
import type { PlotFigures, ZoneStats } from '../../src/stats/types.ts';

export interface Expected {
  stats: ZoneStats;
  plots: readonly SourceFeature[];
  districts: readonly SourceFeature[];
  /** a large plot with per-亩 figures whose centroid lies inside it: a safe place to click */
  knownPlot: { feature: SourceFeature; figures: PlotFigures; clickLngLat: [number, number] };
}

/** Plots with investment figures first (their indicators show numbers), then by area. */
function rank(figures: PlotFigures): number {
  return (figures.efficiency.investmentWanYuanPerMu === null ? 0 : 1e12) + figures.areaM2;
}

export async function expectedFor(folder: string): Promise<Expected> {
  const session = createEngineSession();
  const layers: Record<string, SourceFeature[]> = {};
  for (const kind of LAYER_KINDS) {
    const text = await readFile(`${folder}/${kind}.geojson`, 'utf8');
    const { importId, report } = session.handle({ op: 'validate', kind, text });
    if (report.verdict === 'refused') throw new Error(`${folder}/${kind}.geojson was refused: ${report.refused?.messageEn}`);
    layers[kind] = session.handle({ op: 'commit', importId }).features;
  }
  const plots = layers['plots'] ?? [];
  const stats = session.handle({ op: 'stats' }).stats;
  const ranked = plots
    .map((feature) => ({ feature, figures: session.handle({ op: 'plotFigures', plotId: feature.id, presetId: DEFAULT_PRESET_ID }).figures }))
    .filter((p): p is { feature: SourceFeature; figures: PlotFigures } => p.figures !== null)
    .sort((a, b) => rank(b.figures) - rank(a.figures));
  for (const { feature, figures } of ranked) {
    const centroid = arealCentroid(feature.geometry);
    if (pointInAreal(centroid, feature.geometry)) {
      return { stats, plots, districts: layers['districts'] ?? [], knownPlot: { feature, figures, clickLngLat: centroid } };
    }
  }
  throw new Error(`no plot in ${folder} has its centroid inside it`);
}
