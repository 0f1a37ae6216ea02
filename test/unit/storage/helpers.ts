/**
 * Factories for the storage tests: an isolated in-memory IndexedDB per test (fake-indexeddb,
 * unit tests only), a controllable clock, small plots and scenes.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { expect } from 'vitest';
import type { NewSketch, Scene, SketchFeature } from '../../../src/domain/sketch.ts';
import { BASELINE } from '../../../src/domain/sketch.ts';
import type { OpenSketchStoreOptions, SketchRepository, SketchStore } from '../../../src/storage/sketchRepository.ts';
import { openSketchStore } from '../../../src/storage/sketchRepository.ts';

export const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

/** A clock the test moves by hand. */
export class Clock {
  constructor(public ms = T0) {}
  now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

let dbCounter = 0;

/** A fresh database (own factory, own name) and a clock for one test. */
export function freshSetup(): { factory: IDBFactory; name: string; clock: Clock } {
  dbCounter++;
  return { factory: new IDBFactory(), name: `parkzone-test-${dbCounter}`, clock: new Clock() };
}

/** Opens a store on IndexedDB and fails the test if it fell back to memory. */
export async function openPersistent(setup: { factory: IDBFactory; name: string; clock: Clock }, options: OpenSketchStoreOptions = {}): Promise<SketchStore> {
  const store = await openSketchStore({ indexedDB: setup.factory, databaseName: setup.name, now: setup.clock.now, broadcast: false, persistenceApi: null, ...options });
  if (!store.persistent) throw new Error(`expected IndexedDB, got memory: ${store.reason.kind}`);
  return store;
}

/** A small square plot at (lon, lat) with the given properties. */
export function plot(id: string, properties: Record<string, unknown> = {}, lon = 117.2, lat = 34.2): SketchFeature {
  const d = 0.001;
  const ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]];
  return { id, geometry: { type: 'Polygon', coordinates: [ring] }, properties: { id, ...properties } };
}

export function scene(id: string, overrides: Partial<Scene> = {}): Scene {
  return {
    id, title: `场景 ${id}`, caption: '北区用地供应', camera: { center: [117.2, 34.2], zoom: 13, bearing: 0, pitch: 0 },
    theme: 'status', layers: ['districts', 'plots'], ...overrides,
  };
}

export function newSketch(overrides: Partial<NewSketch> = {}): NewSketch {
  return {
    name: '方案一', basedOn: BASELINE, thresholdPresetId: 'example-plot-sale-condition',
    features: [plot('P-1', { landUse: '1001', status: 'built', enterprise: '岚川电子' }), plot('P-2', { landUse: '1101' }, 117.21)],
    scenes: [scene('s1')], ...overrides,
  };
}

/** Unwraps an ok result or fails the test with the result shown. */
export function okOf<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result as Extract<R, { ok: true }>;
}

export async function createOk(store: SketchRepository, from: NewSketch = newSketch()) {
  return okOf(await store.create(from)).sketch;
}

/** Changes records behind the store's back (as another program, devtools or a damaged disk would). */
export async function tamper(setup: { factory: IDBFactory; name: string }, edit: (tx: IDBTransaction) => void): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = setup.factory.open(setup.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction([...db.objectStoreNames], 'readwrite');
  edit(tx);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

/** Reads one record as it is on disk. */
export async function rawRecord(setup: { factory: IDBFactory; name: string }, store: string, key: IDBValidKey): Promise<unknown> {
  let value: unknown;
  await tamper(setup, (tx) => {
    const request = tx.objectStore(store).get(key);
    request.onsuccess = () => {
      value = request.result;
    };
  });
  return value;
}
