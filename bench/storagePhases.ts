/**
 * The phases of the storage benchmark, in the built app: the first start (the zone's plots
 * become "草案 1"), autosaves after single edits, and reopening the sketch on reload. Times come
 * from the app's own performance measures (pz-sketch-create, -save, -load, -show); long tasks
 * (> 50 ms on the page's main thread) are counted inside each save's window.
 */
import type { Page } from 'playwright-core';

export interface Measure {
  name: string;
  startTime: number;
  duration: number;
}

export interface LongTask {
  startTime: number;
  duration: number;
}

export const OBSERVE_LONG_TASKS = `
  window.__pzLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__pzLongTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

export async function measures(page: Page, name: string): Promise<Measure[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => ({ name: e.name, startTime: e.startTime, duration: e.duration })), name);
}

export async function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { __pzLongTasks: LongTask[] }).__pzLongTasks);
}

/** Waits until the header says saved and `count` measures of `name` exist. */
export async function waitForMeasure(page: Page, name: string, count: number, timeoutMs = 120_000): Promise<void> {
  await page.waitForFunction(([n, c]) => {
    const app = document.querySelector('pz-app') as unknown as { controller: { store: { getState(): { sketch: { saveStatus: string; phase: string } } } } } | null;
    const sketch = app?.controller.store.getState().sketch;
    return performance.getEntriesByName(n as string, 'measure').length >= (c as number) && sketch?.phase === 'ready' && sketch.saveStatus === 'saved';
  }, [name, count] as const, { timeout: timeoutMs, polling: 100 });
}

/**
 * One edit of one plot's attributes, put through the store as the attribute form does (a change
 * set on the undo history); the engine is not told, as only storage is measured here.
 */
export async function editOnePlot(page: Page, index: number, value: string): Promise<void> {
  await page.evaluate(([i, v]) => {
    type Feature = { id: string; geometry: unknown; properties: Record<string, unknown> };
    const app = document.querySelector('pz-app') as unknown as { controller: { store: {
      getState(): { data: { plots: { features: Feature[] } } };
      dispatch(action: unknown): void;
    } } };
    const store = app.controller.store;
    const feature = store.getState().data.plots.features[i as number];
    if (feature === undefined) throw new Error('no plot to edit');
    const before = { id: feature.id, geometry: feature.geometry, attributes: {}, properties: feature.properties };
    const after = { ...before, properties: { ...feature.properties, enterprise: v } };
    store.dispatch({ type: 'edit-applied', label: 'bench', change: { added: [], removed: [], changed: [{ before, after }] } });
  }, [index, value] as const);
}

/** Long tasks that overlap a measured window. */
export function tasksDuring(tasks: readonly LongTask[], window: Measure): LongTask[] {
  const end = window.startTime + window.duration;
  return tasks.filter((t) => t.startTime < end && t.startTime + t.duration > window.startTime);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Opens the other sketch from the sketch list, with the app idle (a planner switching sketches):
 * returns the repository's load time of that sketch.
 */
export async function switchSketch(page: Page): Promise<number> {
  const before = (await measures(page, 'pz-sketch-load')).length;
  await page.waitForTimeout(1500);
  await page.locator('[data-testid="sketch-list"] tr[data-sketch-id] button[data-action="open"]').first().click();
  await waitForMeasure(page, 'pz-sketch-load', before + 1);
  const loads = await measures(page, 'pz-sketch-load');
  return loads[loads.length - 1]?.duration ?? Number.NaN;
}

/** Copies the open sketch from the list (the copy opens), so there are two to switch between. */
export async function duplicateOpenSketch(page: Page): Promise<void> {
  await page.locator('[data-testid="sketch-name"]').click();
  const before = await page.locator('[data-testid="sketch-list"] tr[data-sketch-id]').count();
  await page.locator('[data-testid="sketch-list"] tr.current button[data-action="duplicate"]').click();
  await page.locator('[data-testid="sketch-list"] tr[data-sketch-id]').nth(before).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => {
    const app = document.querySelector('pz-app') as unknown as { controller: { store: { getState(): { sketch: { saveStatus: string } } } } };
    return app.controller.store.getState().sketch.saveStatus === 'saved';
  });
}
