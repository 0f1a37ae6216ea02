import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scene, SketchFeature } from '../../../src/domain/sketch.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import { readGeoJsonText } from '../../../src/io/readGeoJson.ts';
import type { SketchFileSource } from '../../../src/io/sketchFile.ts';
import { exportSketchFile, importSketchFile } from '../../../src/io/sketchFile.ts';
import { freshSetup, okOf, openPersistent } from '../storage/helpers.ts';

const SAMPLE_TEXT = readFileSync(new URL('../../../data/plots.geojson', import.meta.url), 'utf8');
const ADVERSARIAL_TEXT = readFileSync(new URL('../../fixtures/storage/plots-adversarial-properties.geojson', import.meta.url), 'utf8');

interface RawFeature {
  id?: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

const SCENES: Scene[] = [
  { id: 's1', title: '北区：做优', caption: '已建工业用地与亩均税收', camera: { center: [117.02, 34.19], zoom: 13.25, bearing: -12.5, pitch: 45 }, theme: 'class', layers: ['districts', 'plots', 'labels'], highlight: 'north', headline: ['taxPerMu', 'occupancyRatio'], extrude: true },
  { id: 's2', title: 'South', caption: '', camera: { center: [117.05, 34.15], zoom: 12, bearing: 0, pitch: 0 }, theme: 'status', layers: [] },
];

/** A sketch made from a file as the app would: the validator's features, plain. */
function sketchFromFile(text: string): SketchFileSource {
  const read = readGeoJsonText(text, { kind: 'plots' });
  expect(read.report.verdict).toBe('imported');
  const features: SketchFeature[] = read.features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties }));
  return { name: '北区优化方案 “A”', basedOn: 'baseline', createdAtMs: Date.UTC(2025, 0, 2, 3, 4, 5, 6), updatedAtMs: Date.UTC(2025, 5, 1), features, scenes: SCENES, thresholdPresetId: EXAMPLE_THRESHOLDS.id };
}

function roundTrip(sketch: SketchFileSource) {
  const result = importSketchFile(exportSketchFile(sketch, { thresholds: EXAMPLE_THRESHOLDS }));
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return result;
}

/** The source file's own features, straight from JSON.parse: the oracle. */
function rawFeatures(text: string): RawFeature[] {
  return (JSON.parse(text) as { features: RawFeature[] }).features;
}

describe('sketch file round trip', () => {
  it('brings back every sample plot with byte-identical properties and equal coordinates', () => {
    const sketch = sketchFromFile(SAMPLE_TEXT);
    const { sketch: back, report } = roundTrip(sketch);
    const raw = rawFeatures(SAMPLE_TEXT);
    expect(back.features).toHaveLength(raw.length);
    expect(report.plots?.repaired).toEqual([]);
    expect(report.plots?.skipped).toEqual([]);
    back.features.forEach((feature, i) => {
      const bytes = JSON.stringify(feature.properties);
      expect(SAMPLE_TEXT.includes(`"properties":${bytes}`)).toBe(true);
      expect(bytes).toBe(JSON.stringify(raw[i]?.properties));
      expect(feature.geometry).toEqual(raw[i]?.geometry);
      expect(feature.id).toBe(raw[i]?.properties['id']);
    });
  });

  it('brings back the name, base, scenes, threshold preset and times', () => {
    const sketch = sketchFromFile(SAMPLE_TEXT);
    const { sketch: back, report } = roundTrip(sketch);
    expect(report.metadata).toEqual([]);
    expect(back).toMatchObject({
      name: '北区优化方案 “A”', basedOn: 'baseline', scenes: SCENES, thresholdPresetId: EXAMPLE_THRESHOLDS.id, thresholds: EXAMPLE_THRESHOLDS,
      createdAtMs: Date.UTC(2025, 0, 2, 3, 4, 5, 6), updatedAtMs: Date.UTC(2025, 5, 1),
    });
  });

  it('keeps adversarial property bags byte for byte: __proto__ and constructor keys, odd keys, escapes, extreme numbers', () => {
    const { sketch: back } = roundTrip(sketchFromFile(ADVERSARIAL_TEXT));
    const raw = rawFeatures(ADVERSARIAL_TEXT);
    expect(back.features.map((f) => f.id)).toEqual(['ADV-1', 'ADV-2', 'ADV-3', 'ADV-4']);
    back.features.forEach((feature, i) => {
      const bytes = JSON.stringify(feature.properties);
      expect(ADVERSARIAL_TEXT.includes(`"properties":${bytes}`)).toBe(true);
      expect(Object.keys(feature.properties)).toEqual(Object.keys(raw[i]?.properties ?? {}));
      expect(feature.geometry).toEqual(raw[i]?.geometry);
    });
    const first = back.features[0]?.properties ?? {};
    expect(Object.hasOwn(first, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(back.features[1]?.properties['lone']).toBe('\ud800');
    expect(back.features[2]?.properties['tiny']).toBe(5e-324);
  });

  it('writes the same file again from what it read (export is stable)', () => {
    const sketch = sketchFromFile(ADVERSARIAL_TEXT);
    const text = exportSketchFile(sketch, { thresholds: EXAMPLE_THRESHOLDS });
    const { sketch: back } = roundTrip(sketch);
    expect(exportSketchFile({ ...back, createdAtMs: sketch.createdAtMs, updatedAtMs: sketch.updatedAtMs }, { thresholds: EXAMPLE_THRESHOLDS })).toBe(text);
  });

  it('writes plain RFC 7946 GeoJSON with the metadata in the "parkzone" foreign member', () => {
    const sketch = sketchFromFile(ADVERSARIAL_TEXT);
    const file = JSON.parse(exportSketchFile(sketch)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['type', 'parkzone', 'features']);
    expect(file['parkzone']).toEqual({
      format: 'parkzone-sketch', version: 1, name: sketch.name, basedOn: 'baseline', scenes: SCENES,
      thresholds: { presetId: EXAMPLE_THRESHOLDS.id, preset: null },
      createdAt: '2025-01-02T03:04:05.006Z', updatedAt: '2025-06-01T00:00:00.000Z',
    });
    const features = file['features'] as Record<string, unknown>[];
    expect(features.map((f) => Object.keys(f))).toEqual(features.map(() => ['type', 'id', 'properties', 'geometry']));
  });

  it('export, delete, import: the stored sketch comes back identical but for its new id and times', async () => {
    const store = await openPersistent(freshSetup());
    const original = okOf(await store.create(sketchFromFile(ADVERSARIAL_TEXT))).sketch;
    const text = exportSketchFile(original, { thresholds: EXAMPLE_THRESHOLDS });
    okOf(await store.delete(original.id));
    const imported = importSketchFile(text);
    if (!imported.ok) throw new Error('refused');
    const again = okOf(await store.create(imported.sketch)).sketch;
    const { id: _a, createdAtMs: _b, updatedAtMs: _c, ...content } = original;
    expect(again).toMatchObject(content);
    expect(exportSketchFile({ ...again, createdAtMs: original.createdAtMs, updatedAtMs: original.updatedAtMs }, { thresholds: EXAMPLE_THRESHOLDS })).toBe(text);
  });
});
