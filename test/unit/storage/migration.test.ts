import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/storage/openDatabase.ts';
import { openSketchStore } from '../../../src/storage/sketchRepository.ts';
import { freshSetup, okOf, openPersistent } from './helpers.ts';

interface V1Fixture {
  sketches: Record<string, unknown>[];
  versions: Record<string, unknown>[];
  meta: Record<string, unknown>;
}

const FIXTURE = JSON.parse(readFileSync(new URL('../../fixtures/storage/v1-database.json', import.meta.url), 'utf8')) as V1Fixture;

const openOptions = { nowMs: 0, blockedTimeoutMs: 1000, openTimeoutMs: 5000 };

/** A schema-v1 database built through the v1 code path, holding the fixture's records. */
async function buildV1Database(setup: ReturnType<typeof freshSetup>): Promise<void> {
  const opened = await openDatabase({ factory: setup.factory, name: setup.name, version: 1, ...openOptions });
  if (!opened.ok) throw new Error(opened.reason.kind);
  const db = opened.db as unknown as IDBDatabase;
  const tx = db.transaction(['sketches', 'versions', 'meta'], 'readwrite');
  for (const record of FIXTURE.sketches) tx.objectStore('sketches').put(record);
  for (const record of FIXTURE.versions) tx.objectStore('versions').put(record);
  for (const [key, value] of Object.entries(FIXTURE.meta)) tx.objectStore('meta').put(value, key);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** The raw database as it is on disk, opened without any upgrade. */
function rawOpen(setup: ReturnType<typeof freshSetup>): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = setup.factory.open(setup.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawGet(db: IDBDatabase, store: string, key: IDBValidKey): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('schema migrations', () => {
  it('migrates a v1 database: plots move out of the sketch records, everything else is kept', async () => {
    const setup = freshSetup();
    await buildV1Database(setup);
    const store = await openPersistent(setup);
    const list = okOf(await store.list());
    expect(list.sketches.map((s) => [s.id, s.name, s.revision, s.plotCount])).toEqual([['sketch-a', '北区优化方案', 4, 2], ['sketch-b', '南区开拓方案', 1, 0]]);
    const a = okOf(await store.get('sketch-a')).sketch;
    expect(a.features).toEqual(FIXTURE.sketches[0]?.['features']);
    expect(Object.hasOwn(a.features[1]?.properties ?? {}, '__proto__')).toBe(true);
    expect(a.scenes).toEqual(FIXTURE.sketches[0]?.['scenes']);
    expect(okOf(await store.get('sketch-b')).sketch).toMatchObject({ basedOn: 'sketch-a', features: [], thresholdPresetId: 'mine' });
    expect(okOf(await store.getLastOpened()).value).toBe('sketch-a');
    expect(okOf(await store.getPresets()).value.map((p) => p.id)).toEqual(['mine']);
    store.close();
    const raw = await rawOpen(setup);
    expect(raw.version).toBe(2);
    expect(Object.hasOwn((await rawGet(raw, 'sketches', 'sketch-a')) as object, 'features')).toBe(false);
    expect(await rawGet(raw, 'meta', 'schemaVersion')).toBe(2);
    raw.close();
  });

  it('migrates v1 versions with their cached numbers, marked as from before revisions were kept', async () => {
    const setup = freshSetup();
    await buildV1Database(setup);
    const store = await openPersistent(setup);
    const versions = okOf(await store.listVersions('sketch-a')).versions;
    expect(versions).toEqual([{
      sketchId: 'sketch-a', versionId: '00m5f0000-a', savedAtMs: 1735750000000, kind: 'explicit', sketchRevision: null, plotCount: 1,
      cachedFigures: { occupancyRatio: 0.42, supplyAreaM2: 12345.5 },
    }]);
    const version = okOf(await store.getVersion('sketch-a', '00m5f0000-a')).version;
    expect(version.features.map((f) => f.id)).toEqual(['N-001']);
    expect(version.scenes).toBeNull();
  });

  it('sets aside a leftover of an earlier format met during the migration and reports it in the list', async () => {
    const setup = freshSetup();
    await buildV1Database(setup);
    const store = await openPersistent(setup);
    const quarantined = okOf(await store.list()).quarantined;
    expect(quarantined.map((q) => [q.fromStore, q.recordKey, q.reason, q.detail])).toEqual(expect.arrayContaining([
      ['sketches', 'old-1', 'missing-features', 'features'],
      ['versions', '["sketch-a","00m5f0001-b"]', 'wrong-shape', 'kind'],
    ]));
    const leftover = quarantined.find((q) => q.recordKey === 'old-1');
    expect(okOf(await store.getQuarantined(leftover?.quarantineId ?? '')).value).toEqual(FIXTURE.sketches[2]);
  });

  it('leaves the v1 database as it was when the migration fails, and works in memory meanwhile', async () => {
    const setup = freshSetup();
    await buildV1Database(setup);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'sketchFeatures') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const store = await openSketchStore({ indexedDB: setup.factory, databaseName: setup.name, broadcast: false });
    expect(store.persistent).toBe(false);
    expect(store.persistent ? null : store.reason.kind).toBe('migration-failed');
    vi.restoreAllMocks();
    const raw = await rawOpen(setup);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames].sort()).toEqual(['meta', 'sketches', 'versions']);
    expect(await rawGet(raw, 'sketches', 'sketch-a')).toEqual(FIXTURE.sketches[0]);
    raw.close();
    const retried = await openPersistent(setup);
    expect(okOf(await retried.get('sketch-a')).sketch.revision).toBe(4);
  });

  it('falls back to memory, saying to reload, when the data was upgraded by a newer version', async () => {
    const setup = freshSetup();
    await new Promise<void>((resolve) => {
      const request = setup.factory.open(setup.name, 3);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const store = await openSketchStore({ indexedDB: setup.factory, databaseName: setup.name, broadcast: false });
    expect(store.persistent ? null : store.reason).toMatchObject({ kind: 'newer-version', messageEn: expect.stringMatching(/Reload/) });
  });
});
