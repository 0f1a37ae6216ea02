/**
 * Between the store's plot layer and a stored sketch: the features to save, the text the engine
 * reads a sketch's plots from, the change set that turns the plan into another plot set (a
 * version being restored, another tab's save), and the key numbers kept with a save.
 */
import type { PlotChangeSet } from '../domain/changeSet.ts';
import type { Plot } from '../domain/plot.ts';
import { toPlot } from '../domain/parse.ts';
import type { SketchFeature } from '../domain/sketch.ts';
import type { ZoneStats } from '../stats/types.ts';
import { plotOf } from './editPlots.ts';
import type { LayerData } from './types.ts';

/** The plots as stored: id, geometry and property bag, nothing derived. */
export function sketchFeaturesOf(layer: LayerData): SketchFeature[] {
  return layer.features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties }));
}

/** A GeoJSON FeatureCollection of the features (feature-level ids), for the engine's reader. */
export function plotsFileText(features: readonly SketchFeature[]): string {
  const lines = features.map((f) => JSON.stringify({ type: 'Feature', id: f.id, properties: f.properties, geometry: f.geometry }));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}`;
}

function sameFeature(a: SketchFeature, b: SketchFeature): boolean {
  if (a.geometry === b.geometry && a.properties === b.properties) return true;
  return JSON.stringify(a.geometry) === JSON.stringify(b.geometry) && JSON.stringify(a.properties) === JSON.stringify(b.properties);
}

/** The change that turns the plot layer into `target`: plots by id added, removed or changed. */
export function changeToFeatures(layer: LayerData, target: readonly SketchFeature[]): PlotChangeSet {
  const current = new Map(layer.features.map((f) => [f.id, f]));
  const added: Plot[] = [];
  const changed: { before: Plot; after: Plot }[] = [];
  const kept = new Set<string>();
  for (const feature of target) {
    kept.add(feature.id);
    const now = current.get(feature.id);
    if (now === undefined) added.push(toPlot(feature));
    else if (!sameFeature(now, feature)) changed.push({ before: plotOf(now), after: toPlot(feature) });
  }
  const removed = layer.features.filter((f) => !kept.has(f.id)).map(plotOf);
  return { added, removed, changed };
}

/** True when the layer holds exactly these features (same ids in the same order, same content). */
export function layerEquals(layer: LayerData, features: readonly SketchFeature[]): boolean {
  if (layer.features.length !== features.length) return false;
  return layer.features.every((f, i) => {
    const other = features[i];
    return other !== undefined && other.id === f.id && sameFeature(f, other);
  });
}

/** Key numbers kept with a save for the lists (a cache, never a source of truth). */
export function cachedFiguresOf(stats: ZoneStats | null): Record<string, number> {
  const ratio = stats?.zone.occupancyRatio;
  return typeof ratio === 'number' && Number.isFinite(ratio) ? { occupancyRatio: ratio } : {};
}

/** The supply ratio from cached figures, or null. */
export function occupancyOf(figures: Readonly<Record<string, number>> | undefined): number | null {
  const value = figures?.['occupancyRatio'];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
