import { describe, expect, it } from 'vitest';
import { toPlot } from '../../../src/domain/parse.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import type { Sketch } from '../../../src/domain/sketch.ts';
import type { SketchRepository } from '../../../src/storage/sketchRepository.ts';
import { openSketchStore } from '../../../src/storage/sketchRepository.ts';
import type { Clock } from './helpers.ts';
import { createOk, freshSetup, newSketch, okOf, openPersistent, plot, scene } from './helpers.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The same behaviours hold for the IndexedDB store and for the in-memory fallback. */
const kinds: [string, () => Promise<{ store: SketchRepository; clock: Clock }>][] = [
  ['IndexedDB', async () => {
    const setup = freshSetup();
    return { store: await openPersistent(setup, { maxAutoVersions: 2 }), clock: setup.clock };
  }],
  ['memory', async () => {
    const setup = freshSetup();
    return { store: await openSketchStore({ indexedDB: null, now: setup.clock.now, maxAutoVersions: 2 }), clock: setup.clock };
  }],
];

describe.each(kinds)('the sketch repository (%s)', (_kind, open) => {
  it('creates a sketch at revision 1 and lists it with its plot count', async () => {
    const { store, clock } = await open();
    const sketch = await createOk(store);
    expect(sketch).toMatchObject({ name: '方案一', revision: 1, createdAtMs: clock.ms, updatedAtMs: clock.ms });
    expect(sketch.id).toMatch(/^sketch-/);
    const list = okOf(await store.list());
    expect(list.sketches).toEqual([{ id: sketch.id, name: '方案一', basedOn: 'baseline', createdAtMs: clock.ms, updatedAtMs: clock.ms, revision: 1, plotCount: 2 }]);
    expect(list.quarantined).toEqual([]);
  });

  it('lists sketches with the most recently changed first', async () => {
    const { store, clock } = await open();
    const older = await createOk(store, newSketch({ name: 'A' }));
    clock.advance(1000);
    const newer = await createOk(store, newSketch({ name: 'B' }));
    clock.advance(1000);
    okOf(await store.save(older, 1));
    expect(okOf(await store.list()).sketches.map((s) => s.id)).toEqual([older.id, newer.id]);
  });

  it('gives back plots, scenes and property bags exactly as saved, __proto__ keys as data', async () => {
    const { store } = await open();
    const properties = JSON.parse('{"__proto__":{"polluted":true},"名称":"白色家电园","z":1,"a":[1,{"b":null}],"constructor":"text"}') as Record<string, unknown>;
    const created = await createOk(store, newSketch({ features: [plot('X', properties)], scenes: [scene('s1', { highlight: 'X', headline: ['occupancyRatio'], extrude: true })] }));
    const loaded = okOf(await store.get(created.id)).sketch;
    expect(JSON.stringify(loaded.features[0]?.properties)).toBe(JSON.stringify(plot('X', properties).properties));
    expect(Object.hasOwn(loaded.features[0]?.properties ?? {}, '__proto__')).toBe(true);
    expect(loaded.scenes).toEqual(created.scenes);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('stores plots as plain features, leaving derived attributes behind', async () => {
    const { store } = await open();
    const parsed = toPlot(plot('P-9', { status: '建成', investment: '5000' }));
    const created = await createOk(store, newSketch({ features: [parsed] }));
    const loaded = okOf(await store.get(created.id)).sketch;
    expect(Object.keys(loaded.features[0] ?? {})).toEqual(['id', 'geometry', 'properties']);
  });

  it('raises the revision on every save and returns the stored sketch', async () => {
    const { store, clock } = await open();
    const created = await createOk(store);
    clock.advance(500);
    const saved = okOf(await store.save({ ...created, features: [plot('P-3')] }, 1));
    expect(saved.sketch).toMatchObject({ revision: 2, updatedAtMs: clock.ms, createdAtMs: created.createdAtMs });
    const again = okOf(await store.save(saved.sketch, 2));
    expect(again.sketch.revision).toBe(3);
    expect(okOf(await store.get(created.id)).sketch.features.map((f) => f.id)).toEqual(['P-3']);
  });

  it('refuses a save from a stale revision and hands back what is stored', async () => {
    const { store } = await open();
    const created = await createOk(store);
    const first = okOf(await store.save({ ...created, name: 'first' }, 1)).sketch;
    const stale = await store.save({ ...created, name: 'stale' }, 1);
    expect(stale).toEqual({ ok: false, kind: 'conflict', latest: first });
    expect(okOf(await store.get(created.id)).sketch.name).toBe('first');
  });

  it('answers not-found when saving a sketch that is no longer stored', async () => {
    const { store } = await open();
    const created = await createOk(store);
    okOf(await store.delete(created.id));
    expect(await store.save(created, 1)).toEqual({ ok: false, kind: 'not-found', id: created.id });
  });

  it('renames a sketch, raising its revision and keeping its plots', async () => {
    const { store } = await open();
    const created = await createOk(store);
    const renamed = okOf(await store.rename(created.id, '方案二')).summary;
    expect(renamed).toMatchObject({ name: '方案二', revision: 2, plotCount: 2 });
    const loaded = okOf(await store.get(created.id)).sketch;
    expect(loaded.features).toEqual(created.features);
    expect(await store.save({ ...created, name: 'stale' }, 1)).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('duplicates a sketch under a new id with the same plots, base and scenes', async () => {
    const { store } = await open();
    const created = await createOk(store);
    okOf(await store.save(created, 1, { keepVersion: 'explicit' }));
    const copy = okOf(await store.duplicate(created.id, '方案一（副本）')).sketch;
    expect(copy.id).not.toBe(created.id);
    expect(copy).toMatchObject({ name: '方案一（副本）', basedOn: 'baseline', revision: 1, features: created.features, scenes: created.scenes });
    expect(okOf(await store.listVersions(copy.id)).versions).toEqual([]);
  });

  it('deletes into the trash and restores the sketch with its versions within the grace period', async () => {
    const { store, clock } = await open();
    const created = await createOk(store);
    const saved = okOf(await store.save(created, 1, { keepVersion: 'explicit' }));
    const deleted = okOf(await store.delete(created.id));
    expect(deleted.restoreUntilMs).toBe(clock.ms + 7 * DAY_MS);
    expect(okOf(await store.list()).sketches).toEqual([]);
    expect(okOf(await store.listDeleted()).value).toEqual([{ id: created.id, name: '方案一', deletedAtMs: clock.ms, restoreUntilMs: clock.ms + 7 * DAY_MS }]);
    clock.advance(6 * DAY_MS);
    const restored = okOf(await store.restoreDeleted(created.id)).summary;
    expect(restored).toMatchObject({ id: created.id, revision: 3, plotCount: 2, updatedAtMs: clock.ms });
    expect(okOf(await store.get(created.id)).sketch).toMatchObject({ revision: 3, features: created.features, scenes: created.scenes });
    expect(okOf(await store.listVersions(created.id)).versions.map((v) => v.versionId)).toEqual([saved.version?.versionId]);
    expect(okOf(await store.listDeleted()).value).toEqual([]);
  });

  it('cannot restore a deleted sketch once the grace period is over', async () => {
    const { store, clock } = await open();
    const created = await createOk(store);
    okOf(await store.delete(created.id));
    clock.advance(7 * DAY_MS);
    expect(await store.restoreDeleted(created.id)).toEqual({ ok: false, kind: 'not-found', id: created.id });
    expect(okOf(await store.listDeleted()).value).toEqual([]);
  });

  it('remembers the last opened sketch, and falls back to the most recently changed one', async () => {
    const { store, clock } = await open();
    expect(okOf(await store.getLastOpened()).value).toBeNull();
    const a = await createOk(store, newSketch({ name: 'A' }));
    clock.advance(10);
    const b = await createOk(store, newSketch({ name: 'B' }));
    okOf(await store.setLastOpened(a.id));
    expect(okOf(await store.getLastOpened()).value).toBe(a.id);
    okOf(await store.delete(a.id));
    expect(okOf(await store.getLastOpened()).value).toBe(b.id);
  });

  it('keeps threshold presets with the user data', async () => {
    const { store } = await open();
    expect(okOf(await store.getPresets()).value).toEqual([]);
    const mine = { ...EXAMPLE_THRESHOLDS, id: 'mine', name: '本省标准', isExample: false, minTaxWanYuanPerMu: 30 };
    okOf(await store.setPresets([EXAMPLE_THRESHOLDS, mine]));
    expect(okOf(await store.getPresets()).value).toEqual([EXAMPLE_THRESHOLDS, mine]);
  });

  it('keeps versions newest first and prunes automatic ones beyond the limit, never explicit ones', async () => {
    const { store, clock } = await open();
    let sketch: Sketch = await createOk(store);
    const kinds = ['explicit', 'auto', 'auto', 'auto'] as const;
    for (const [i, kind] of kinds.entries()) {
      clock.advance(60_000);
      sketch = okOf(await store.save({ ...sketch, features: [plot(`V-${i}`)] }, sketch.revision)).sketch;
      okOf(await store.saveVersion(sketch, { kind, cachedFigures: { occupancyRatio: i / 10 } }));
    }
    const versions = okOf(await store.listVersions(sketch.id)).versions;
    expect(versions.map((v) => [v.kind, v.sketchRevision, v.cachedFigures?.occupancyRatio])).toEqual([
      ['auto', 5, 0.3], ['auto', 4, 0.2], ['explicit', 2, 0],
    ]);
    const oldest = okOf(await store.getVersion(sketch.id, versions[2]?.versionId ?? '')).version;
    expect(oldest.features.map((f) => f.id)).toEqual(['V-0']);
    expect(oldest.scenes).toEqual(sketch.scenes);
  });

  it('keeps a version in the same save when asked', async () => {
    const { store } = await open();
    const created = await createOk(store);
    const saved = okOf(await store.save({ ...created, features: [plot('Q')] }, 1, { keepVersion: 'explicit' }));
    expect(saved.version).toMatchObject({ kind: 'explicit', sketchRevision: 2, plotCount: 1 });
    expect(okOf(await store.listVersions(created.id)).versions).toEqual([saved.version]);
  });

  it('refuses to keep a version of a sketch that is not the stored revision', async () => {
    const { store } = await open();
    const created = await createOk(store);
    okOf(await store.save(created, 1));
    expect(await store.saveVersion(created, { kind: 'explicit' })).toEqual({ ok: false, kind: 'stale', storedRevision: 2 });
  });

  it('throws on a malformed sketch, a programmer error, before writing anything', async () => {
    const { store } = await open();
    const broken = newSketch({ features: [{ id: 'X', geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} } as never] });
    await expect(store.create(broken)).rejects.toThrow(/features\[0\]\.geometry/);
    expect(okOf(await store.list()).sketches).toEqual([]);
  });
});
