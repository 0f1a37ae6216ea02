/**
 * A sketch (草案): a planner's named alternative plan (DESIGN.md §2). It holds the whole plot set
 * as plain features — the baseline's plots with the planner's edits applied — its presentation
 * scenes and its timestamps. Derived numbers are never part of it: they are computed from the
 * plots. Saved versions keep the plots (and scenes) as they were at one moment.
 */
import type { PlotChangeSet } from './changeSet.ts';
import type { Areal } from './geometry.ts';
import type { Plot } from './plot.ts';

/** `basedOn` of a sketch made from the zone's current state; otherwise it names a sketch id. */
export const BASELINE = 'baseline';

/** A plot as stored and exported: id, geometry and the property bag verbatim, nothing derived. */
export interface SketchFeature {
  id: string;
  geometry: Areal;
  properties: Readonly<Record<string, unknown>>;
}

/** Where the map looks in a scene; `center` is [lon, lat]. */
export interface SceneCamera {
  center: readonly [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** One step of a presentation: a camera, a theme, the visible layers and what to point out. */
export interface Scene {
  id: string;
  title: string;
  caption: string;
  camera: SceneCamera;
  theme: string;
  layers: readonly string[];
  /** id of a plot, park or district to highlight */
  highlight?: string;
  /** figure keys shown as headline numbers */
  headline?: readonly string[];
  /** draw buildings in 3D */
  extrude?: boolean;
}

export interface Sketch {
  /** generated, never 'baseline' */
  id: string;
  name: string;
  /** BASELINE or the id of the sketch this one was made from */
  basedOn: string;
  createdAtMs: number;
  updatedAtMs: number;
  /** incremented on every stored write; a save names the revision it started from */
  revision: number;
  features: readonly SketchFeature[];
  scenes: readonly Scene[];
  thresholdPresetId: string;
}

/** What identifies a sketch and its history, without plots or scenes: lists and stored headers share it. */
export type SketchIdentity = Pick<Sketch, 'id' | 'name' | 'basedOn' | 'createdAtMs' | 'updatedAtMs' | 'revision'>;

/** What a new sketch is made from (the baseline, another sketch, or an imported file). */
export interface NewSketch {
  name: string;
  basedOn: string;
  features: readonly SketchFeature[];
  scenes?: readonly Scene[];
  thresholdPresetId: string;
}

export type VersionKind = 'explicit' | 'auto';

/** A saved version as listed: when, how, and how many plots. `cachedFigures` is a cache only. */
export interface SketchVersionSummary {
  sketchId: string;
  versionId: string;
  savedAtMs: number;
  kind: VersionKind;
  /** revision of the sketch the version copied; null for versions migrated from schema v1 */
  sketchRevision: number | null;
  plotCount: number;
  /** plain numbers for listing, computed elsewhere; never a source of truth */
  cachedFigures?: Readonly<Record<string, number>>;
}

export interface SketchVersion extends SketchVersionSummary {
  features: readonly SketchFeature[];
  /** null when the version was saved before scenes were kept with versions */
  scenes: readonly Scene[] | null;
}

/** The stored form of a plot: its typed attributes are derived, so they are left behind. */
export function sketchFeatureOf(plot: Plot | SketchFeature): SketchFeature {
  return { id: plot.id, geometry: plot.geometry, properties: plot.properties };
}

/**
 * The features of `sketch` after `change`: removed plots leave, changed plots keep their place
 * (a changed id moves to the end), added plots come last. The sketch is not modified.
 */
export function applyChangeToFeatures(features: readonly SketchFeature[], change: PlotChangeSet): SketchFeature[] {
  const byId = new Map<string, SketchFeature>();
  for (const feature of features) byId.set(feature.id, feature);
  for (const plot of change.removed) byId.delete(plot.id);
  for (const { before, after } of change.changed) {
    if (before.id !== after.id) byId.delete(before.id);
    byId.set(after.id, sketchFeatureOf(after));
  }
  for (const plot of change.added) byId.set(plot.id, sketchFeatureOf(plot));
  return [...byId.values()];
}
