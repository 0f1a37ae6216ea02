/**
 * Checks of what the program hands to the store. A malformed sketch is a programmer error and
 * throws a TypeError at once, before any transaction: the store never writes a record that
 * it would later have to set aside.
 */
import type { NewSketch, Sketch } from '../domain/sketch.ts';
import { readScene, sketchFeatureProblem } from '../domain/sketchShape.ts';

function assertFeatures(features: unknown, where: string): void {
  if (!Array.isArray(features)) throw new TypeError(`${where}: features must be an array`);
  for (const [index, feature] of features.entries()) {
    const problem = sketchFeatureProblem(feature);
    if (problem !== null) throw new TypeError(`${where}: features[${index}].${problem} is not a plain feature field`);
  }
}

function assertScenes(scenes: unknown, where: string): void {
  if (!Array.isArray(scenes)) throw new TypeError(`${where}: scenes must be an array`);
  for (const [index, scene] of scenes.entries()) {
    const reading = readScene(scene);
    if (!reading.ok) throw new TypeError(`${where}: scenes[${index}].${reading.field} is wrong`);
  }
}

function assertText(value: unknown, field: string, where: string): void {
  if (typeof value !== 'string') throw new TypeError(`${where}: ${field} must be text`);
}

export function assertNewSketch(from: NewSketch, where: string): void {
  assertText(from.name, 'name', where);
  assertText(from.basedOn, 'basedOn', where);
  assertText(from.thresholdPresetId, 'thresholdPresetId', where);
  assertFeatures(from.features, where);
  if (from.scenes !== undefined) assertScenes(from.scenes, where);
}

export function assertSketch(sketch: Sketch, where: string): void {
  assertNewSketch(sketch, where);
  assertText(sketch.id, 'id', where);
  if (!Number.isFinite(sketch.createdAtMs)) throw new TypeError(`${where}: createdAtMs must be a time`);
}

export function assertRevision(revision: number, where: string): void {
  if (!Number.isInteger(revision) || revision < 1) throw new TypeError(`${where}: expected revision must be a whole number ≥ 1`);
}

export function assertFigures(figures: Readonly<Record<string, number>> | undefined, where: string): void {
  if (figures === undefined) return;
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${where}: cachedFigures.${key} must be a finite number`);
  }
}
