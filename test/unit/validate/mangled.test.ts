/**
 * Robustness: damaged versions of real inputs (values replaced by null, text, numbers, empty
 * lists; members deleted; text cut short) never make the import throw, and always end in a
 * report whose counts add up. The damage is drawn from a seeded generator, so runs repeat.
 */
import { describe, expect, it } from 'vitest';
import { validateGeoJson } from '../../../src/geo/validate/validateGeoJson.ts';
import { readGeoJsonText } from '../../../src/io/readGeoJson.ts';
import { readOwnFixture, readPublicFixture } from './helpers.ts';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const REPLACEMENTS: unknown[] = [null, 'x', '12.5', 0, -1e9, [], {}, [[]], true];

/** Replaces or deletes one randomly chosen value somewhere in the tree (in place). */
function damage(value: unknown, random: () => number): void {
  let node = value;
  for (let depth = 0; depth < 12; depth++) {
    if (typeof node !== 'object' || node === null) return;
    const container = node as Record<string, unknown>;
    const keys = Object.keys(container);
    if (keys.length === 0) return;
    const key = keys[Math.floor(random() * keys.length)] as string;
    if (random() < 0.3) {
      if (random() < 0.2 && !Array.isArray(container)) Reflect.deleteProperty(container, key);
      else container[key] = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
      return;
    }
    node = container[key];
  }
}

const SOURCES = [
  () => readPublicFixture('edge/turf-multipolygon-parts-overlap.geojson'),
  () => readPublicFixture('valid/turf-valid-true-hole-touches-shell-at-1-vertex.geojson'),
  () => readPublicFixture('edge/turf-real-polygon-issue-2627.geojson'),
  () => readOwnFixture('plots-gauss-kruger-zone-39.geojson'),
  () => readOwnFixture('plots-tiled-neighbours.geojson'),
];

describe('damaged input', () => {
  it('never throws, words every entry, and imported plus skipped always equals the features in the file', () => {
    const random = seeded(20261127);
    for (let round = 0; round < 400; round++) {
      const text = (SOURCES[round % SOURCES.length] as () => string)();
      const value: unknown = JSON.parse(text);
      for (let hits = 1 + Math.floor(random() * 3); hits > 0; hits--) damage(value, random);
      const { report, features } = validateGeoJson(value, { kind: 'plots' });
      if (report.verdict === 'imported') expect(report.importedCount + report.skipped.length).toBe(report.featureCount);
      else expect(features).toEqual([]);
      const entries = [...report.repaired, ...report.warnings, ...report.skipped, ...(report.refused ? [report.refused] : [])];
      for (const e of entries) expect(`${e.messageZh} ${e.messageEn}`).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  });

  it('never throws on text cut at any point', () => {
    const text = readOwnFixture('plots-overlapping.geojson');
    for (let end = 0; end < text.length; end += 7) {
      expect(readGeoJsonText(text.slice(0, end), { kind: 'plots' }).report.verdict).toBe('refused');
    }
  });
});
