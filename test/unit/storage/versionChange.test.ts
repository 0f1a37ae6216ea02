import { describe, expect, it, vi } from 'vitest';
import type { ClosedReason } from '../../../src/storage/sketchRepository.ts';
import { openSketchStore } from '../../../src/storage/sketchRepository.ts';
import { createOk, freshSetup, okOf, openPersistent } from './helpers.ts';

/** Another tab running a newer ParkZone: it opens the same database at a higher version. */
function openNewerVersion(setup: ReturnType<typeof freshSetup>, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = setup.factory.open(setup.name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** An old tab that keeps its connection open and ignores `versionchange` (older code did). */
function openStubbornOldTab(setup: ReturnType<typeof freshSetup>): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = setup.factory.open(setup.name, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('sketches', { keyPath: 'id' });
      request.result.createObjectStore('versions', { keyPath: ['sketchId', 'versionId'] });
      request.result.createObjectStore('meta');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('another tab with a different version', () => {
  it('closes itself when a newer version opens elsewhere, asks to reload once, and stops writing', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    const sketch = await createOk(store);
    const reasons: ClosedReason[] = [];
    store.onReloadNeeded((reason) => reasons.push(reason));
    const newer = await openNewerVersion(setup, 3);
    expect(newer.version).toBe(3);
    expect(reasons).toEqual(['version-change']);
    expect(await store.save(sketch, 1)).toEqual({ ok: false, kind: 'closed', operation: 'save', reason: 'version-change' });
    expect(await store.list()).toEqual({ ok: false, kind: 'closed', operation: 'list', reason: 'version-change' });
    newer.close();
  });

  it('tells a listener added after the connection closed that a reload is needed', async () => {
    const setup = freshSetup();
    const store = await openPersistent(setup);
    (await openNewerVersion(setup, 3)).close();
    const late = vi.fn();
    store.onReloadNeeded(late);
    await Promise.resolve();
    expect(late).toHaveBeenCalledWith('version-change');
  });

  it('does not hang on an upgrade blocked by an old tab: it waits, then works in memory and says why', async () => {
    const setup = freshSetup();
    const oldTab = await openStubbornOldTab(setup);
    const onBlocked = vi.fn();
    const started = Date.now();
    const store = await openSketchStore({ indexedDB: setup.factory, databaseName: setup.name, blockedTimeoutMs: 50, onBlocked, broadcast: false });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(onBlocked).toHaveBeenCalledTimes(1);
    expect(store.persistent ? null : store.reason).toMatchObject({ kind: 'blocked', messageZh: expect.stringContaining('关闭其他') });
    expect(okOf(await store.create({ name: 'x', basedOn: 'baseline', features: [], thresholdPresetId: '' })).sketch.revision).toBe(1);
    oldTab.close();
  });

  it('lets the upgrade go through when the blocking tab closes in time', async () => {
    const setup = freshSetup();
    const oldTab = await openStubbornOldTab(setup);
    const store = await openSketchStore({
      indexedDB: setup.factory, databaseName: setup.name, blockedTimeoutMs: 2000, broadcast: false, onBlocked: () => oldTab.close(),
    });
    expect(store.persistent).toBe(true);
    expect(okOf(await store.list()).sketches).toEqual([]);
  });

  it('releases a connection that opens after it was given up on, so it never blocks anyone', async () => {
    const setup = freshSetup();
    const oldTab = await openStubbornOldTab(setup);
    const gaveUp = await openSketchStore({ indexedDB: setup.factory, databaseName: setup.name, blockedTimeoutMs: 20, broadcast: false });
    expect(gaveUp.persistent).toBe(false);
    oldTab.close();
    (await openNewerVersion(setup, 2)).close();
    const blocked = vi.fn();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = setup.factory.open(setup.name, 3);
      request.onblocked = blocked;
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(blocked).not.toHaveBeenCalled();
    newer.close();
  });
});
