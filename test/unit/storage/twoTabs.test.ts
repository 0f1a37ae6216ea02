import { describe, expect, it, vi } from 'vitest';
import type { ExternalChange } from '../../../src/storage/sketchRepository.ts';
import { createOk, freshSetup, okOf, openPersistent, plot } from './helpers.ts';

function nextChange(store: { onExternalChange(cb: (c: ExternalChange) => void): () => void }): Promise<ExternalChange> {
  return new Promise((resolve) => {
    const off = store.onExternalChange((change) => {
      off();
      resolve(change);
    });
  });
}

describe('two tabs on the same sketch', () => {
  it('gives the tab saving from a stale revision a conflict with the latest record, and loses nothing', async () => {
    const setup = freshSetup();
    const tabA = await openPersistent(setup);
    const tabB = await openPersistent(setup);
    const created = await createOk(tabA);
    const inB = okOf(await tabB.get(created.id)).sketch;
    const savedA = okOf(await tabA.save({ ...created, features: [plot('FROM-A')] }, 1)).sketch;
    const resultB = await tabB.save({ ...inB, features: [plot('FROM-B')] }, inB.revision);
    expect(resultB).toEqual({ ok: false, kind: 'conflict', latest: savedA });
    expect(okOf(await tabB.get(created.id)).sketch.features.map((f) => f.id)).toEqual(['FROM-A']);
  });

  it('lets exactly one of two simultaneous saves from the same revision through', async () => {
    const setup = freshSetup();
    const tabA = await openPersistent(setup);
    const tabB = await openPersistent(setup);
    const created = await createOk(tabA);
    const results = await Promise.all([
      tabA.save({ ...created, features: [plot('A')] }, 1),
      tabB.save({ ...created, features: [plot('B')] }, 1),
    ]);
    expect(results.map((r) => (r.ok ? 'ok' : r.kind)).sort()).toEqual(['conflict', 'ok']);
    const winner = results.find((r) => r.ok);
    expect(okOf(await tabA.get(created.id)).sketch).toEqual(winner?.ok ? winner.sketch : null);
  });

  it('tells the other tab of a creation, a save, a rename and a delete through BroadcastChannel', async () => {
    const setup = freshSetup();
    const tabA = await openPersistent(setup, { broadcast: true });
    const tabB = await openPersistent(setup, { broadcast: true });
    const createdMessage = nextChange(tabB);
    const created = await createOk(tabA);
    expect(await createdMessage).toEqual({ sketchId: created.id, change: 'created', revision: 1 });
    const saved = nextChange(tabB);
    okOf(await tabA.save(created, 1));
    expect(await saved).toEqual({ sketchId: created.id, change: 'saved', revision: 2 });
    const renamed = nextChange(tabB);
    okOf(await tabA.rename(created.id, '新名称'));
    expect(await renamed).toEqual({ sketchId: created.id, change: 'renamed', revision: 3 });
    const deleted = nextChange(tabB);
    okOf(await tabA.delete(created.id));
    expect(await deleted).toEqual({ sketchId: created.id, change: 'deleted', revision: null });
    tabA.close();
    tabB.close();
  });

  it('ignores messages on the channel that are not changes from ParkZone', async () => {
    const setup = freshSetup();
    const tabB = await openPersistent(setup, { broadcast: true });
    const listener = vi.fn();
    tabB.onExternalChange(listener);
    const stranger = new BroadcastChannel(`parkzone-storage:${setup.name}`);
    stranger.postMessage({ kind: 'parkzone-sketch-change', sketchId: 42, change: 'saved', revision: 1 });
    stranger.postMessage('hello');
    const tabA = await openPersistent(setup, { broadcast: true });
    const created = await createOk(tabA);
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(listener).toHaveBeenCalledWith({ sketchId: created.id, change: 'created', revision: 1 });
    stranger.close();
    tabA.close();
    tabB.close();
  });
});
