/**
 * Between the store's plot features and the core's plots: edit operations take and return
 * `Plot`s (change sets); the store and the engine keep `SourceFeature`s. Also what an edit
 * means for the store's plot layer and for the engine (upserts and removals).
 */
import type { PlotChangeSet } from '../domain/changeSet.ts';
import type { Plot } from '../domain/plot.ts';
import { toPlot } from '../domain/parse.ts';
import { themePropertiesOf } from './coreViews.ts';
import { plotsAfterEdit } from './editEngineOps.ts';
import type { LayerData, SourceFeature } from './types.ts';

const plots = new WeakMap<SourceFeature, Plot>();

/** The core's plot for a feature of the store (read once per feature object). */
export function plotOf(feature: SourceFeature): Plot {
  let plot = plots.get(feature);
  if (plot === undefined) {
    plot = toPlot(feature);
    plots.set(feature, plot);
  }
  return plot;
}

/** The store's feature for a plot; `index` is its place in the file it came from (-1: drawn here). */
export function featureOf(plot: Plot, index: number): SourceFeature {
  const base: SourceFeature = { index, id: plot.id, geometry: plot.geometry, properties: plot.properties };
  const feature: SourceFeature = { ...base, themeKeys: themePropertiesOf(base) };
  plots.set(feature, plot);
  return feature;
}

/** The plots with these ids, in the order of the ids; unknown ids are skipped. */
export function plotsWithIds(layer: LayerData, ids: readonly string[]): Plot[] {
  const wanted = new Set(ids);
  const found = new Map<string, Plot>();
  for (const feature of layer.features) if (wanted.has(feature.id) && !found.has(feature.id)) found.set(feature.id, plotOf(feature));
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** What the engine must do for a change: features to upsert and ids to remove. */
export function engineEditOf(change: PlotChangeSet, indexOf: (id: string) => number = () => -1): { upsert: SourceFeature[]; remove: string[] } {
  const remove = change.removed.map((p) => p.id);
  for (const { before, after } of change.changed) if (before.id !== after.id) remove.push(before.id);
  const upsert = [
    ...change.changed.map(({ before, after }) => featureOf(after, indexOf(before.id))),
    ...change.added.map((plot) => featureOf(plot, indexOf(plot.id))),
  ];
  return { upsert, remove };
}

/** The plot layer after a change: changed plots in place, added ones at the end. */
export function layerAfterChange(layer: LayerData, change: PlotChangeSet): LayerData {
  const indexes = new Map(layer.features.map((f) => [f.id, f.index]));
  const { upsert, remove } = engineEditOf(change, (id) => indexes.get(id) ?? -1);
  return { version: layer.version + 1, features: plotsAfterEdit(layer.features, upsert, remove) };
}

/** The ids a change leaves in the plan (added, or changed into): what the planner sees next. */
export function idsLeftBy(change: PlotChangeSet): string[] {
  return [...change.changed.map(({ after }) => after.id), ...change.added.map((p) => p.id)];
}
