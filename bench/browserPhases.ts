/**
 * The phases of the browser benchmark and their long tasks: load, plot selection, district
 * selection, theme switching. A long task is a main-thread task over 50 ms (the browser's own
 * definition); the worker's statistics never appear there unless they block the page.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { arealCentroid } from '../src/geo/centroid.ts';
import { pointInAreal } from '../src/geo/pointInPolygon.ts';
import { arealAreaM2 } from '../src/geo/area.ts';
import type { Areal } from '../src/domain/geometry.ts';
import { THEME_IDS } from '../src/state/themes.ts';
import { openApp, waitForMapIdle, waitForZone } from '../test/e2e/appPage.ts';

interface LongTask {
  startTime: number;
  duration: number;
}

const OBSERVE_LONG_TASKS = `
  window.__pzLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__pzLongTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const holder = window as unknown as { __pzLongTasks: LongTask[] };
    const tasks = holder.__pzLongTasks;
    holder.__pzLongTasks = [];
    return tasks;
  });
}

function summary(name: string, tasks: readonly LongTask[], clickToFiguresMs: readonly number[] = []): string {
  const durations = tasks.map((t) => t.duration).sort((a, b) => b - a);
  const sorted = [...clickToFiguresMs].sort((a, b) => a - b);
  const median = sorted.length === 0 ? '' : `, click→figures median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, max ${Math.round(sorted[sorted.length - 1] ?? 0)} ms`;
  return `${name.padEnd(20)} long tasks: ${String(tasks.length).padStart(3)}, longest ${Math.round(durations[0] ?? 0)} ms, total ${Math.round(durations.reduce((a, b) => a + b, 0))} ms${median}`;
}

/**
 * Points to click: centroids that lie inside their plot, among the larger plots (small ones are
 * a few pixels wide when the whole zone is in view), taken from all over the file.
 */
async function clickTargets(folderOnDisk: string, count: number): Promise<Array<{ id: string; at: [number, number] }>> {
  const collection = JSON.parse(await readFile(`${folderOnDisk}/plots.geojson`, 'utf8')) as { features: Array<{ id?: string; geometry: Areal; properties: { id?: string } }> };
  const large = collection.features
    .map((feature) => ({ feature, areaM2: arealAreaM2(feature.geometry) }))
    .sort((a, b) => b.areaM2 - a.areaM2)
    .slice(0, Math.max(count * 5, 100))
    .map((entry) => entry.feature);
  const step = Math.max(1, Math.floor(large.length / (count * 2)));
  const targets: Array<{ id: string; at: [number, number] }> = [];
  for (let i = 0; i < large.length && targets.length < count; i += step) {
    const feature = large[i];
    if (feature === undefined) continue;
    const at = arealCentroid(feature.geometry);
    if (pointInAreal(at, feature.geometry)) targets.push({ id: String(feature.properties.id ?? feature.id ?? ''), at });
  }
  return targets;
}

type Target = { id: string; at: [number, number] };

/** Waits until the details panel shows the engine's figures for a plot. */
async function waitForFigures(page: Page, id: string): Promise<void> {
  await page.locator('[data-testid="area-mu"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction((plotId) => document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-plot-details')?.shadowRoot
    ?.querySelector('[data-testid="plot-title"]')?.textContent?.includes(plotId) ?? false, id, { timeout: 30_000 });
}

/** Selects a plot as a user does: a click where the map draws it. */
async function clickPlot(page: Page, target: Target): Promise<number> {
  const point = await page.evaluate(([lon, lat]) => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as { projectLngLat(lon: number, lat: number): { x: number; y: number } };
    return map.projectLngLat(lon, lat);
  }, target.at);
  const box = await page.locator('pz-map').boundingBox();
  if (box === null) throw new Error('no map');
  const started = Date.now();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  await waitForFigures(page, target.id);
  return Date.now() - started;
}

/** Selects a plot with the event the map sends on a click, without drawing (map layers off). */
async function announcePlot(page: Page, target: Target): Promise<number> {
  const started = Date.now();
  await page.evaluate((id) => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map');
    map?.dispatchEvent(new CustomEvent('pz-plot-selected', { detail: { id }, bubbles: true, composed: true }));
  }, target.id);
  await waitForFigures(page, target.id);
  return Date.now() - started;
}

/** Selection of plots and districts and theme switching, each followed by its long tasks. */
async function interact(page: Page, targets: readonly Target[], select: (page: Page, target: Target) => Promise<number>): Promise<void> {
  await takeLongTasks(page);
  const times: number[] = [];
  for (const target of targets) times.push(await select(page, target));
  console.log(summary(`  select ${targets.length} plots`, await takeLongTasks(page), times));
  const districtButtons = await page.locator('pz-district-list button').all();
  for (const button of districtButtons) {
    await button.click();
    await page.locator('[data-testid="district-figures"]').waitFor({ timeout: 30_000 });
    await waitForMapIdle(page);
  }
  console.log(summary(`  select ${districtButtons.length} districts`, await takeLongTasks(page)));
  for (const theme of [...THEME_IDS, ...THEME_IDS]) {
    await page.locator('[data-testid="theme-select"]').selectOption(theme);
    await waitForMapIdle(page);
  }
  console.log(summary(`  switch theme ×${THEME_IDS.length * 2}`, await takeLongTasks(page)));
}

export async function measureZone(browser: Browser, baseUrl: string, folderOnDisk: string, folderUrl: string): Promise<void> {
  const plotCount = (JSON.parse(await readFile(`${folderOnDisk}/plots.geojson`, 'utf8')) as { features: unknown[] }).features.length;
  const loadStarted = Date.now();
  const app = await openApp(browser, baseUrl, { locale: 'zh-CN', query: `?zone=${folderUrl}`, initScript: OBSERVE_LONG_TASKS });
  const page = app.page;
  await waitForZone(page, plotCount, 300_000);
  console.log(`zone: ${plotCount} plots, ready ${Date.now() - loadStarted} ms after navigation`);
  console.log(summary('load', await takeLongTasks(page)));
  const targets = await clickTargets(folderOnDisk, 20);

  console.log('A. map drawn (software WebGL: drawing counts as main-thread time here)');
  await interact(page, targets, clickPlot);

  console.log('B. map layers off (the app, the engine worker and the panels; no drawing of plots)');
  for (const layer of ['plots', 'districts', 'parks', 'labels']) await page.locator(`pz-layer-toggles input[data-layer="${layer}"]`).uncheck();
  await waitForMapIdle(page);
  await interact(page, targets, announcePlot);

  console.log('C. map element hidden (no WebGL frames at all: what remains is the app and the engine)');
  await page.evaluate(() => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map');
    if (map instanceof HTMLElement) map.style.visibility = 'hidden';
  });
  await waitForMapIdle(page);
  await interact(page, targets, announcePlot);
  if (app.foreignRequests.length > 0) console.log(`requests to other hosts: ${app.foreignRequests.join(', ')}`);
  await app.close();
}
