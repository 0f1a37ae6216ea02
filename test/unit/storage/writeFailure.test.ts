import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOk, freshSetup, newSketch, okOf, openPersistent, plot } from './helpers.ts';

const realPut = IDBObjectStore.prototype.put;

/** Makes every put into `storeName` fail the way the browser does it, with `error`. */
function failPutsInto(storeName: string, error: () => DOMException): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName) throw error();
    return realPut.apply(this, args);
  });
}

/** Lets the put through, then the transaction dies (a disk error after the request was queued). */
function abortAfterPutInto(storeName: string): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = realPut.apply(this, args);
    if (this.name === storeName) this.transaction.abort();
    return request;
  });
}

const quota = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a write that fails', () => {
  it('reports a full disk as quota, with the cause, and keeps the previous record intact', async () => {
    const store = await openPersistent(freshSetup());
    const created = await createOk(store);
    failPutsInto('sketchFeatures', quota);
    const result = await store.save({ ...created, name: 'never stored', features: [plot('NEW')] }, 1);
    expect(result).toMatchObject({ ok: false, kind: 'quota', operation: 'save' });
    expect(!result.ok && 'cause' in result ? (result.cause as DOMException).name : null).toBe('QuotaExceededError');
    vi.restoreAllMocks();
    const stored = okOf(await store.get(created.id)).sketch;
    expect(stored).toEqual(created);
    expect(okOf(await store.list()).quarantined).toEqual([]);
  });

  it('rolls back the header written before the failing put, so the next save still matches', async () => {
    const store = await openPersistent(freshSetup());
    const created = await createOk(store);
    failPutsInto('sketchFeatures', quota);
    await store.save(created, 1);
    vi.restoreAllMocks();
    expect(okOf(await store.list()).sketches[0]?.revision).toBe(1);
    expect(okOf(await store.save(created, 1)).sketch.revision).toBe(2);
  });

  it('reports a transaction that aborts after its requests were queued as write-failed, storing nothing', async () => {
    const store = await openPersistent(freshSetup());
    const created = await createOk(store);
    abortAfterPutInto('sketchFeatures');
    const result = await store.save({ ...created, features: [plot('NEW')] }, 1);
    expect(result).toMatchObject({ ok: false, kind: 'write-failed', operation: 'save' });
    vi.restoreAllMocks();
    expect(okOf(await store.get(created.id)).sketch).toEqual(created);
  });

  it('leaves no half sketch behind when creating one fails', async () => {
    const store = await openPersistent(freshSetup());
    failPutsInto('sketchFeatures', quota);
    expect(await store.create(newSketch())).toMatchObject({ ok: false, kind: 'quota', operation: 'create' });
    vi.restoreAllMocks();
    expect(okOf(await store.list()).sketches).toEqual([]);
  });

  it('keeps the sketch and its versions where they were when moving them to the trash fails', async () => {
    const store = await openPersistent(freshSetup());
    const created = await createOk(store);
    const saved = okOf(await store.save(created, 1, { keepVersion: 'explicit' }));
    failPutsInto('trash', quota);
    expect(await store.delete(created.id)).toMatchObject({ ok: false, kind: 'quota', operation: 'delete' });
    vi.restoreAllMocks();
    expect(okOf(await store.get(created.id)).sketch).toEqual(saved.sketch);
    expect(okOf(await store.listVersions(created.id)).versions).toEqual([saved.version]);
    expect(okOf(await store.listDeleted()).value).toEqual([]);
  });

  it('keeps the sketch unchanged when its version cannot be written in the same save', async () => {
    const store = await openPersistent(freshSetup());
    const created = await createOk(store);
    failPutsInto('versionFeatures', quota);
    expect(await store.save({ ...created, features: [plot('NEW')] }, 1, { keepVersion: 'explicit' })).toMatchObject({ ok: false, kind: 'quota' });
    vi.restoreAllMocks();
    expect(okOf(await store.get(created.id)).sketch).toEqual(created);
    expect(okOf(await store.listVersions(created.id)).versions).toEqual([]);
  });

  it('reports a value the browser cannot store (DataCloneError) as write-failed', async () => {
    const store = await openPersistent(freshSetup());
    const created = await createOk(store);
    const result = await store.save({ ...created, features: [plot('F', { callback: () => 1 })] }, 1);
    expect(result).toMatchObject({ ok: false, kind: 'write-failed', operation: 'save' });
    expect(okOf(await store.get(created.id)).sketch).toEqual(created);
  });

  it('throws a programmer error raised during a write, after rolling the write back', async () => {
    const store = await openPersistent(freshSetup());
    const created = await createOk(store);
    failPutsInto('sketchFeatures', () => new TypeError('a bug') as unknown as DOMException);
    await expect(store.save({ ...created, features: [plot('NEW')] }, 1)).rejects.toThrow('a bug');
    vi.restoreAllMocks();
    expect(okOf(await store.get(created.id)).sketch).toEqual(created);
  });
});
