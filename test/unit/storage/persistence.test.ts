import { describe, expect, it, vi } from 'vitest';
import { freshSetup, openPersistent } from './helpers.ts';

async function storeWith(persistenceApi: { persisted?: () => Promise<boolean>; persist?: () => Promise<boolean> } | null) {
  return openPersistent(freshSetup(), { persistenceApi });
}

describe('persistent storage', () => {
  it('reports storage that is already persistent without asking again', async () => {
    const persist = vi.fn(async () => true);
    const store = await storeWith({ persisted: async () => true, persist });
    expect(await store.requestPersistence()).toEqual({ kind: 'persisted', alreadyPersisted: true });
    expect(persist).not.toHaveBeenCalled();
  });

  it('asks the browser and reports a grant', async () => {
    const store = await storeWith({ persisted: async () => false, persist: async () => true });
    expect(await store.requestPersistence()).toEqual({ kind: 'persisted', alreadyPersisted: false });
  });

  it('reports a refusal, so the UI can suggest exporting as a backup', async () => {
    const store = await storeWith({ persisted: async () => false, persist: async () => false });
    expect(await store.requestPersistence()).toEqual({ kind: 'not-persisted' });
  });

  it('reports a browser without the Storage API as unsupported', async () => {
    expect(await (await storeWith(null)).requestPersistence()).toEqual({ kind: 'unsupported' });
    expect(await (await storeWith({})).requestPersistence()).toEqual({ kind: 'unsupported' });
  });

  it('reports a failing request with its cause', async () => {
    const cause = new DOMException('denied', 'NotAllowedError');
    const store = await storeWith({ persist: async () => { throw cause; } });
    expect(await store.requestPersistence()).toEqual({ kind: 'failed', cause });
  });
});
