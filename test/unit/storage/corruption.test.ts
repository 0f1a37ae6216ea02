import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOk, freshSetup, okOf, openPersistent, plot, rawRecord, tamper } from './helpers.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A record left by an earlier prototype: plots as a FeatureCollection, no revision. */
const V0_LEFTOVER = { id: 'v0-sketch', name: '旧方案', plots: { type: 'FeatureCollection', features: [] } };

describe('a record that cannot be used', () => {
  it('is set aside with its reason and reported by the list, which still shows the sound sketches', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sound = await createOk(store);
    await tamper(setup, (tx) => tx.objectStore('sketches').put(V0_LEFTOVER));
    const list = okOf(await store.list());
    expect(list.sketches.map((s) => s.id)).toEqual([sound.id]);
    expect(list.quarantined).toEqual([expect.objectContaining({ fromStore: 'sketches', recordKey: 'v0-sketch', reason: 'wrong-shape', detail: 'basedOn' })]);
    const quarantineId = list.quarantined[0]?.quarantineId ?? '';
    expect(okOf(await store.getQuarantined(quarantineId)).value).toEqual({ header: V0_LEFTOVER, chunks: [] });
    expect(okOf(await store.list()).quarantined.map((q) => q.quarantineId)).toEqual([quarantineId]);
  });

  it('is set aside when a sketch with damaged plots is opened, and the next save does not overwrite it', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store);
    const damaged = { sketchId: sketch.id, chunk: 0, revision: 1, features: [plot('P-1'), { id: 'P-2', geometry: 'lost', properties: {} }] };
    await tamper(setup, (tx) => tx.objectStore('sketchFeatures').put(damaged));
    const opened = await store.get(sketch.id);
    expect(opened).toMatchObject({ ok: false, kind: 'corrupt', quarantined: [{ reason: 'wrong-shape', detail: 'chunks[0].features[1].geometry' }] });
    expect(await store.save(sketch, 1)).toEqual({ ok: false, kind: 'not-found', id: sketch.id });
    const entry = okOf(await store.list()).quarantined[0];
    expect(okOf(await store.getQuarantined(entry?.quarantineId ?? '')).value).toMatchObject({ chunks: [damaged] });
  });

  it('is set aside by a save that meets it, and the save goes to a fresh record', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store);
    const broken = { id: sketch.id, name: 42, revision: 'one' };
    await tamper(setup, (tx) => tx.objectStore('sketches').put(broken));
    const saved = okOf(await store.save({ ...sketch, name: 'rescued' }, 1));
    expect(saved.sketch).toMatchObject({ name: 'rescued', revision: 2 });
    expect(saved.setAside).toEqual([expect.objectContaining({ recordKey: sketch.id, reason: 'wrong-shape', detail: 'name' })]);
    const kept = okOf(await store.getQuarantined(saved.setAside[0]?.quarantineId ?? '')).value;
    expect(kept).toMatchObject({ header: broken, chunks: [{ sketchId: sketch.id, chunk: 0, revision: 1, features: sketch.features }] });
    expect(okOf(await store.get(sketch.id)).sketch.name).toBe('rescued');
  });

  it('sets aside plots whose revision does not match their header instead of overwriting them', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store);
    const foreign = { sketchId: sketch.id, chunk: 0, revision: 7, features: [plot('Z-1'), plot('Z-2')] };
    await tamper(setup, (tx) => tx.objectStore('sketchFeatures').put(foreign));
    const saved = okOf(await store.save(sketch, 1));
    expect(saved.setAside).toEqual([expect.objectContaining({ fromStore: 'sketchFeatures', reason: 'features-mismatch' })]);
    expect(okOf(await store.getQuarantined(saved.setAside[0]?.quarantineId ?? '')).value).toEqual([foreign]);
    expect(okOf(await store.get(sketch.id)).sketch.features).toEqual(sketch.features);
  });

  it('sets aside a sketch whose plots cannot be read at all, and leaves the unreadable record untouched', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store);
    const realGet = IDBObjectStore.prototype.get;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      if (this.name === 'sketchFeatures') throw new DOMException('Failed to read large IndexedDB value', 'NotReadableError');
      return realGet.apply(this, args);
    });
    expect(await store.get(sketch.id)).toMatchObject({ ok: false, kind: 'corrupt', quarantined: [{ reason: 'unreadable', detail: expect.stringMatching(/NotReadableError/) }] });
    vi.restoreAllMocks();
    expect(await store.save(sketch, 1)).toEqual({ ok: false, kind: 'not-found', id: sketch.id });
    expect(await rawRecord(setup, 'sketchFeatures', [sketch.id, 0])).toMatchObject({ sketchId: sketch.id, revision: 1, features: sketch.features });
    expect(okOf(await store.list()).quarantined.map((q) => q.reason)).toEqual(['unreadable']);
  });

  it('sets aside a damaged version and still lists the sound ones', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = okOf(await store.save(await createOk(store), 1)).sketch;
    const good = okOf(await store.saveVersion(sketch, { kind: 'explicit' })).version;
    await tamper(setup, (tx) => tx.objectStore('versions').put({ sketchId: sketch.id, versionId: 'zz-bad', savedAtMs: 'yesterday' }));
    const listed = okOf(await store.listVersions(sketch.id));
    expect(listed.versions).toEqual([good]);
    expect(listed.quarantined).toEqual([expect.objectContaining({ fromStore: 'versions', reason: 'wrong-shape', detail: 'savedAtMs' })]);
    expect(await store.getVersion(sketch.id, 'zz-bad')).toEqual({ ok: false, kind: 'not-found', id: 'zz-bad' });
  });

  it('sets aside stored presets that are not presets, keeping the sound ones', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sound = { id: 'mine', name: '本省', nameEn: 'Ours', isExample: false, minTaxWanYuanPerMu: 25 };
    await tamper(setup, (tx) => tx.objectStore('meta').put([sound, { id: 'bad', minTaxWanYuanPerMu: -3 }], 'presets'));
    expect(okOf(await store.getPresets()).value).toEqual([sound]);
    expect(okOf(await store.list()).quarantined).toEqual([expect.objectContaining({ fromStore: 'meta', recordKey: 'presets', detail: 'presets[1]' })]);
  });

  it('stops being reported once the user discards it', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    await tamper(setup, (tx) => tx.objectStore('sketches').put(V0_LEFTOVER));
    const entry = okOf(await store.list()).quarantined[0];
    okOf(await store.discardQuarantined(entry?.quarantineId ?? ''));
    expect(okOf(await store.list()).quarantined).toEqual([]);
  });
});
