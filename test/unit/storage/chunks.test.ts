import { describe, expect, it } from 'vitest';
import type { SketchFeature } from '../../../src/domain/sketch.ts';
import { CHUNK_MAX_FEATURES, CHUNK_MAX_POSITIONS, chunkFeatures } from '../../../src/storage/chunks.ts';
import { createOk, freshSetup, newSketch, okOf, openPersistent, plot, rawRecord, tamper } from './helpers.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function manyPlots(count: number): SketchFeature[] {
  return Array.from({ length: count }, (_, i) => plot(`P-${i}`, { n: i }, 117 + (i % 100) * 0.002, 34 + Math.floor(i / 100) * 0.002));
}

/** A plot whose single ring has `vertices` positions (closed). */
function bigPlot(id: string, vertices: number): SketchFeature {
  const ring = Array.from({ length: vertices - 1 }, (_, i) => [117 + 0.01 * Math.cos((2 * Math.PI * i) / (vertices - 1)), 34 + 0.01 * Math.sin((2 * Math.PI * i) / (vertices - 1))]);
  ring.push([...(ring[0] ?? [])]);
  return { id, geometry: { type: 'Polygon', coordinates: [ring] }, properties: { id } };
}

describe('plots stored in chunks', () => {
  it('cuts at 1 000 plots, keeping order, with no empty chunk', () => {
    const features = manyPlots(2 * CHUNK_MAX_FEATURES + 1);
    const chunks = chunkFeatures(features);
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 1]);
    expect(chunks.flat()).toEqual(features);
    expect(chunkFeatures([])).toEqual([]);
  });

  it('cuts earlier when the vertices of the chunk would pass 20 000, and keeps a huge plot whole', () => {
    const features = [plot('a'), bigPlot('huge', CHUNK_MAX_POSITIONS + 5000), plot('b'), bigPlot('half1', 12_000), bigPlot('half2', 12_000)];
    expect(chunkFeatures(features).map((c) => c.map((f) => f.id))).toEqual([['a'], ['huge'], ['b', 'half1'], ['half2']]);
  });

  it('gives a sketch of 2 500 plots back whole and in order from three chunks', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const features = manyPlots(2500);
    const sketch = await createOk(store, newSketch({ features }));
    expect(okOf(await store.get(sketch.id)).sketch.features).toEqual(features);
    const last = (await rawRecord(setup, 'sketchFeatures', [sketch.id, 2])) as { features: unknown[] };
    expect(last.features).toHaveLength(500);
  });

  it('removes the chunks a shrinking sketch no longer needs', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store, newSketch({ features: manyPlots(2500) }));
    okOf(await store.save({ ...sketch, features: manyPlots(3) }, 1));
    expect(okOf(await store.get(sketch.id)).sketch.features).toHaveLength(3);
    expect(await rawRecord(setup, 'sketchFeatures', [sketch.id, 1])).toBeUndefined();
  });

  it('reports a missing chunk instead of opening a sketch with plots silently dropped', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store, newSketch({ features: manyPlots(2500) }));
    await tamper(setup, (tx) => tx.objectStore('sketchFeatures').delete([sketch.id, 1]));
    expect(await store.get(sketch.id)).toMatchObject({ ok: false, kind: 'corrupt', quarantined: [{ reason: 'missing-features', detail: '2 of 3 plot chunks' }] });
  });

  it('purges a deleted sketch\'s plots and versions once the grace period is over', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store);
    const version = okOf(await store.saveVersion(sketch, { kind: 'explicit' })).version;
    okOf(await store.delete(sketch.id));
    expect(await rawRecord(setup, 'sketchFeatures', [sketch.id, 0])).toBeDefined();
    store.close();
    setup.clock.advance(8 * DAY_MS);
    const reopened = await openPersistent(setup);
    expect(okOf(await reopened.listDeleted()).value).toEqual([]);
    expect(await rawRecord(setup, 'trash', sketch.id)).toBeUndefined();
    expect(await rawRecord(setup, 'sketchFeatures', [sketch.id, 0])).toBeUndefined();
    expect(await rawRecord(setup, 'versions', [sketch.id, version.versionId])).toBeUndefined();
    expect(await rawRecord(setup, 'versionFeatures', [sketch.id, version.versionId, 0])).toBeUndefined();
  });
});
