/**
 * Screens and languages beyond the first visit, a confirmed import whose property text is
 * shown as text, and the promise that nothing leaves the machine.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openApp, waitForMapIdle, waitForZone } from './appPage.ts';
import { assert, assertEqual, type Suite } from './harness.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

async function boxOf(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).boundingBox();
  assert(box !== null, `${selector} is not laid out`);
  return box;
}

export function registerLayoutTests(suite: Suite, ctx: WorkspaceContext, markupFixturePath: string): void {
  const { expected } = ctx;

  suite.test('opens in English when the browser prefers English', async () => {
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'en-US' });
    ctx.pages.push(app);
    await waitForZone(app.page, expected.plots.length);
    assertEqual(((await app.page.locator('[data-testid="open-data"]').textContent()) ?? '').trim(), 'Open data', 'open button');
    await app.close();
  });

  suite.test('stays usable on a 1024-wide tablet and scales up to 3840×2160', async () => {
    for (const viewport of [{ width: 1024, height: 768 }, { width: 3840, height: 2160 }]) {
      const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN', viewport });
      ctx.pages.push(app);
      await waitForZone(app.page, expected.plots.length);
      const map = await boxOf(app.page, 'pz-map');
      const left = await boxOf(app.page, 'aside.left');
      const right = await boxOf(app.page, 'aside.right');
      assert(map.width >= viewport.width * 0.45, `map is ${map.width} px wide at ${viewport.width}`);
      assert(left.width >= 200 && right.width >= 240, `panels are ${left.width} and ${right.width} px wide`);
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert(!overflow, `the page scrolls sideways at ${viewport.width}`);
      await app.close();
    }
  });

  suite.test('a confirmed file replaces the plots, and its property text shows as text, never as HTML', async () => {
    const { feature, clickLngLat } = expected.knownPlot;
    const markup = '<img src=x onerror="window.__pzInjected=1"><b>bold</b>';
    const collection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: feature.geometry, properties: { ...feature.properties, enterprise: markup, 备注: markup } }],
    };
    await writeFile(markupFixturePath, JSON.stringify(collection));
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
    ctx.pages.push(app);
    const page = app.page;
    await waitForZone(page, expected.plots.length);
    await page.locator('[data-testid="open-data"]').click();
    await page.locator('[data-testid="import-kind"]').selectOption('plots');
    await page.locator('[data-testid="import-file"]').setInputFiles(markupFixturePath);
    await page.locator('[data-testid="import-report"][data-verdict="imported"]').waitFor({ timeout: 10_000 });
    assertEqual(await attribute(page, 'pz-map', 'data-plot-count'), String(expected.plots.length), 'plots before confirming');
    await page.locator('[data-testid="import-confirm"]').click();
    await page.locator('[data-testid="import-done"]').waitFor();
    await page.locator('[data-testid="import-cancel"]').click();
    await page.locator('pz-map[data-plot-count="1"]').waitFor({ state: 'attached' });
    await waitForMapIdle(page);
    await page.locator(`pz-district-list`).waitFor();
    const point = await page.evaluate(([lon, lat]) => {
      const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as { projectLngLat(lon: number, lat: number): { x: number; y: number } };
      return map.projectLngLat(lon, lat);
    }, clickLngLat);
    const box = await page.locator('pz-map').boundingBox();
    assert(box !== null, 'no map');
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const cell = page.locator('[data-testid="properties"] td', { hasText: 'onerror' }).first();
    await cell.waitFor({ timeout: 10_000 });
    assertEqual(((await cell.textContent()) ?? '').trim(), markup, 'property text');
    assertEqual(await page.locator('[data-testid="properties"] img, [data-testid="properties"] b').count(), 0, 'elements made from property text');
    assertEqual(await page.evaluate(() => (window as unknown as { __pzInjected?: number }).__pzInjected), undefined, 'injected script ran');
    assert(await page.locator('[data-testid="plot-title"]').textContent().then((t) => t?.includes(feature.id)), 'the imported plot is selected');
    await app.close();
  });

  suite.test('no request leaves the machine', async () => {
    const foreign = ctx.pages.flatMap((p) => p.foreignRequests);
    assertEqual(foreign.length, 0, `requests to other hosts (${foreign.slice(0, 5).join(', ')})`);
    const errors = ctx.pages.flatMap((p) => p.pageErrors);
    assert(errors.length === 0, `page errors: ${errors.slice(0, 5).join(' | ')}`);
  });
}

async function attribute(page: Page, selector: string, name: string): Promise<string> {
  return (await page.locator(selector).first().getAttribute(name)) ?? '';
}
