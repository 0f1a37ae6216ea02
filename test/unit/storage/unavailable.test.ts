import { describe, expect, it } from 'vitest';
import type { UnavailableKind } from '../../../src/storage/sketchRepository.ts';
import { openSketchStore } from '../../../src/storage/sketchRepository.ts';
import { createOk, okOf } from './helpers.ts';

/** A factory whose open() throws at once, as Firefox's and Safari's private windows did. */
function throwingFactory(name: string): IDBFactory {
  return { open: () => { throw new DOMException('The operation is insecure.', name); } } as unknown as IDBFactory;
}

/** A factory whose open request fails later with `name`, or never answers when `name` is null. */
function failingRequestFactory(name: string | null): IDBFactory {
  return {
    open: () => {
      const request = { error: null as DOMException | null, onerror: null as ((event: Event) => void) | null } as unknown as IDBOpenDBRequest;
      if (name !== null) {
        setTimeout(() => {
          Object.assign(request, { error: new DOMException('A mutation operation was attempted on a database that did not allow mutations.', name) });
          request.onerror?.call(request, new Event('error'));
        }, 1);
      }
      return request;
    },
  } as unknown as IDBFactory;
}

async function expectMemoryStore(store: Awaited<ReturnType<typeof openSketchStore>>, kind: UnavailableKind): Promise<void> {
  expect(store.persistent).toBe(false);
  if (store.persistent) return;
  expect(store.reason.kind).toBe(kind);
  expect(store.reason.messageEn).toMatch(/\S/);
  expect(store.reason.messageZh).toMatch(/\S/);
  const sketch = await createOk(store);
  expect(okOf(await store.save(sketch, 1)).sketch.revision).toBe(2);
  expect(okOf(await store.list()).sketches.map((s) => s.id)).toEqual([sketch.id]);
  expect(await store.requestPersistence()).toEqual({ kind: 'unsupported' });
}

describe('when IndexedDB cannot be used', () => {
  it('works in memory and says plainly that nothing is saved when the browser has no IndexedDB', async () => {
    const store = await openSketchStore({ indexedDB: null });
    await expectMemoryStore(store, 'no-indexeddb');
    expect(store.persistent ? '' : store.reason.messageEn).toMatch(/lost on close or reload/);
  });

  it('works in memory when open() throws SecurityError (private window, site data disabled)', async () => {
    await expectMemoryStore(await openSketchStore({ indexedDB: throwingFactory('SecurityError') }), 'refused');
  });

  it('works in memory when the open request fails with InvalidStateError (Firefox private window)', async () => {
    await expectMemoryStore(await openSketchStore({ indexedDB: failingRequestFactory('InvalidStateError') }), 'refused');
  });

  it('works in memory when the open request fails for another reason, keeping the cause', async () => {
    const store = await openSketchStore({ indexedDB: failingRequestFactory('UnknownError') });
    await expectMemoryStore(store, 'open-failed');
    expect(store.persistent ? null : (store.reason.cause as DOMException).name).toBe('UnknownError');
  });

  it('does not hang when the open request never answers', async () => {
    const store = await openSketchStore({ indexedDB: failingRequestFactory(null), openTimeoutMs: 30 });
    await expectMemoryStore(store, 'open-timeout');
  });
});
