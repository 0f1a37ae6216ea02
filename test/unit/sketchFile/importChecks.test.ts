import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSketchFile } from '../../../src/io/sketchFile.ts';
import { openSketchStore } from '../../../src/storage/sketchRepository.ts';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/storage/${name}`, import.meta.url), 'utf8');

const SQUARE = { type: 'Polygon', coordinates: [[[117.2, 34.2], [117.201, 34.2], [117.201, 34.201], [117.2, 34.201], [117.2, 34.2]]] };

/** A sketch file as text, with its metadata and features replaced as given. */
function sketchFile(parkzone: Record<string, unknown> | null, features: unknown[] = [{ type: 'Feature', id: 'P-1', properties: { id: 'P-1' }, geometry: SQUARE }]): string {
  const base = {
    format: 'parkzone-sketch', version: 1, name: '方案', basedOn: 'baseline', scenes: [],
    thresholds: { presetId: 'example-plot-sale-condition', preset: null }, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-02T09:00:00.000Z',
  };
  const root: Record<string, unknown> = { type: 'FeatureCollection', features };
  if (parkzone !== null) root['parkzone'] = { ...base, ...parkzone };
  return JSON.stringify(root);
}

describe('importing a sketch file', () => {
  it('refuses text that is not JSON with the core reader\'s message, naming the line', () => {
    const result = importSketchFile('{"type":"FeatureCollection",\n"features":[}');
    expect(result.ok).toBe(false);
    expect(result.report.plots?.refused).toMatchObject({ code: 'not-json', details: { line: 2 } });
  });

  it('refuses plain GeoJSON without the "parkzone" member and says to open it as plots', () => {
    const result = importSketchFile(sketchFile(null));
    expect(result).toEqual({ ok: false, report: { plots: null, metadata: [], refused: expect.objectContaining({ code: 'not-a-sketch-file', messageEn: expect.stringMatching(/plots layer/) }) } });
  });

  it('refuses a file of a newer format version and says to update', () => {
    const result = importSketchFile(fixture('sketch-file-newer-version.geojson'));
    expect(result.ok).toBe(false);
    expect(result.report.refused).toMatchObject({ code: 'newer-format', messageEn: expect.stringMatching(/version 2.*Update ParkZone/) });
  });

  it('refuses a sketch file whose plots the core validator refuses, with its reason', () => {
    const points = [{ type: 'Feature', id: 'X', properties: {}, geometry: { type: 'Point', coordinates: [117.2, 34.2] } }];
    const result = importSketchFile(sketchFile({}, points));
    expect(result.ok).toBe(false);
    expect(result.report.plots?.refused?.code).toBe('no-polygons');
  });

  it('imports a sketch without plots', () => {
    const result = importSketchFile(sketchFile({}, []));
    expect(result.ok && result.sketch).toMatchObject({ name: '方案', features: [] });
  });

  it('lists the repairs the core validator made to the plots', () => {
    const open = { ...SQUARE, coordinates: [SQUARE.coordinates[0]?.slice(0, 4)] };
    const result = importSketchFile(sketchFile({}, [{ type: 'Feature', id: 'P-1', properties: {}, geometry: open }]));
    expect(result.ok).toBe(true);
    expect(result.report.plots?.repaired.map((e) => e.code)).toContain('ring-not-closed');
  });

  it('drops an unusable scene, saying which, and keeps the others', () => {
    const good = { id: 'a', title: 'A', caption: '', camera: { center: [117, 34], zoom: 12, bearing: 0, pitch: 0 }, theme: 'status', layers: ['plots'] };
    const bad = { ...good, id: 'b', camera: { center: ['117', 34], zoom: 12, bearing: 0, pitch: 0 } };
    const result = importSketchFile(sketchFile({ scenes: [good, bad] }));
    expect(result.ok && result.sketch.scenes).toEqual([good]);
    expect(result.report.metadata).toEqual([expect.objectContaining({ code: 'bad-scene', messageEn: 'Scene 2 has an unusable "camera"; that scene was not imported.' })]);
  });

  it('falls back to the current thresholds when the file\'s cannot be read, and says so', () => {
    const result = importSketchFile(sketchFile({ thresholds: { presetId: 'x', preset: { minTaxWanYuanPerMu: 'lots' } } }));
    expect(result.ok && [result.sketch.thresholdPresetId, result.sketch.thresholds]).toEqual(['x', null]);
    expect(result.report.metadata.map((e) => e.code)).toEqual(['bad-thresholds']);
  });

  it('names what is missing from the metadata and still imports the plots', () => {
    const result = importSketchFile(sketchFile({ name: 7, basedOn: null, createdAt: 'yesterday', updatedAt: undefined }));
    expect(result.ok && result.sketch).toMatchObject({ name: '', basedOn: 'baseline', createdAtMs: null, updatedAtMs: null });
    expect(result.report.metadata.map((e) => e.code)).toEqual(['bad-name', 'bad-based-on', 'bad-time', 'bad-time']);
  });

  it('gives a sketch that the store takes as a new sketch', async () => {
    const result = importSketchFile(`\ufeff${sketchFile({})}`);
    if (!result.ok) throw new Error('refused');
    const store = await openSketchStore({ indexedDB: null });
    const created = await store.create(result.sketch);
    expect(created.ok && created.sketch).toMatchObject({ name: '方案', revision: 1, features: [{ id: 'P-1', properties: { id: 'P-1' } }] });
  });
});
