/**
 * Helpers of the sketch tests: tabs that share one browser profile (one IndexedDB), a switch
 * that makes IndexedDB writes fail as a full disk does, picking a plot on the map and changing
 * its attributes through the form, and waiting for the header to say "saved".
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Position } from '../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../src/geo/area.ts';
import { arealCentroid } from '../../src/geo/centroid.ts';
import { pointInAreal } from '../../src/geo/pointInPolygon.ts';
import type { SourceFeature } from '../../src/state/types.ts';
import { waitForMapIdle } from './appPage.ts';
import { clickAt, editState, zoomInAt, type PageEditState } from './editPage.ts';
import type { Expected } from './expected.ts';
import { assert } from './harness.ts';

/**
 * While `window.__pzFailWrites` is true, every IndexedDB put/add throws the DOMException a full
 * disk raises (QuotaExceededError), as Chromium would when the origin's quota is exhausted.
 */
export const QUOTA_SWITCH = `(() => {
  for (const name of ['put', 'add']) {
    const original = IDBObjectStore.prototype[name];
    IDBObjectStore.prototype[name] = function (...args) {
      if (window.__pzFailWrites === true) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
})();`;

export interface Tabs {
  context: BrowserContext;
  pages: Page[];
  errors: string[];
  open(): Promise<Page>;
  close(): Promise<void>;
}

/** A browser profile whose tabs share storage; `initScript` runs in every tab before the app. */
export async function openTabs(browser: Browser, baseUrl: string, initScript?: string): Promise<Tabs> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, acceptDownloads: true });
  if (initScript !== undefined) await context.addInitScript(initScript);
  const tabs: Tabs = {
    context, pages: [], errors: [],
    async open() {
      const page = await context.newPage();
      page.on('pageerror', (error) => tabs.errors.push(error.message));
      await page.goto(`${baseUrl}/`);
      tabs.pages.push(page);
      return page;
    },
    close: () => context.close(),
  };
  return tabs;
}

export interface SketchView {
  saveStatus: string;
  name: string | null;
  conflict: boolean;
}

export async function sketchView(page: Page): Promise<SketchView> {
  return page.evaluate(() => {
    const app = document.querySelector('pz-app') as unknown as { controller: { store: { getState(): { sketch: { saveStatus: string; current: { name: string } | null; conflict: boolean } } } } };
    const { sketch } = app.controller.store.getState();
    return { saveStatus: sketch.saveStatus, name: sketch.current?.name ?? null, conflict: sketch.conflict };
  });
}

/** Waits until a sketch is open, all of it written, and the map shows `plotCount` plots. */
export async function waitForSaved(page: Page, plotCount?: number, timeoutMs = 30_000): Promise<void> {
  await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: timeoutMs });
  await page.waitForFunction(() => {
    const app = document.querySelector('pz-app') as unknown as { controller: { store: { getState(): { sketch: { saveStatus: string; phase: string } } } } };
    const { sketch } = app.controller.store.getState();
    return sketch.phase === 'ready' && sketch.saveStatus === 'saved';
  }, null, { timeout: timeoutMs });
  if (plotCount !== undefined) await page.locator(`pz-map[data-plot-count="${plotCount}"]`).waitFor({ state: 'attached', timeout: timeoutMs });
}

/** Large plots whose centroid lies inside them: safe places to click. */
export function clickablePlots(expected: Expected, count: number): SourceFeature[] {
  const found = expected.plots.filter((p) => arealAreaM2(p.geometry) >= 20_000 && pointInAreal(arealCentroid(p.geometry), p.geometry));
  assert(found.length >= count, `the sample zone has only ${found.length} clickable plots`);
  return found.slice(0, count);
}

/** Shows the whole zone, zooms in on the plot and clicks it: the plot is picked, its form open. */
export async function pickPlot(page: Page, plot: SourceFeature): Promise<void> {
  const centre: Position = arealCentroid(plot.geometry);
  await page.bringToFront();
  await page.locator('pz-map [data-testid="fit-zone"]').click();
  await page.waitForTimeout(1000);
  await waitForMapIdle(page);
  await zoomInAt(page, centre, 7);
  await clickAt(page, centre);
  await page.waitForFunction((id) => {
    const app = document.querySelector('pz-app') as unknown as { controller: { store: { getState(): { edit: { selectedPlotIds: readonly string[] } } } } };
    return app.controller.store.getState().edit.selectedPlotIds.join() === id;
  }, plot.id, { timeout: 10_000 });
}

/** Gives a plot a new enterprise name through the attribute form, as a planner would. */
export async function setEnterprise(page: Page, plot: SourceFeature, enterprise: string): Promise<void> {
  await pickPlot(page, plot);
  await page.locator('[data-testid="plot-form"] input[data-key="enterprise"]').fill(enterprise);
  await page.locator('[data-testid="form-apply"]').click();
  await waitForPlot(page, plot.id, (p) => p?.properties['enterprise'] === enterprise, `${plot.id} named ${enterprise}`);
}

type PagePlot = PageEditState['plots'][number];

export async function waitForPlot(page: Page, id: string, test: (plot: PagePlot | undefined) => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const plot = (await editState(page)).plots.find((p) => p.id === id);
    if (test(plot)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; the plot is ${JSON.stringify(plot?.properties)}`);
    await page.waitForTimeout(150);
  }
}

/** The plan's plots as comparable text: sorted by id, geometry and property bag as JSON. */
export async function planText(page: Page): Promise<string[]> {
  const { plots } = await editState(page);
  return plots.map((p) => JSON.stringify([p.id, p.geometry, p.properties])).sort();
}

export async function enterpriseOf(page: Page, id: string): Promise<unknown> {
  return (await editState(page)).plots.find((p) => p.id === id)?.properties['enterprise'];
}
