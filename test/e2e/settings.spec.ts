/**
 * The header's other controls and the other ways in: the modes still to come, a file dropped on
 * the window, and the optional basemap, off by default and remembered once set.
 */
import { readFile } from 'node:fs/promises';
import { msg } from '../../src/i18n/locale.ts';
import { openApp, waitForMapIdle, waitForZone } from './appPage.ts';
import { assert, assertEqual, type Suite } from './harness.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

export function registerSettingsTests(suite: Suite, ctx: WorkspaceContext): void {
  const { expected } = ctx;

  suite.test('Review opens its dashboard without a "coming" notice, and Plan stays usable', async () => {
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
    ctx.pages.push(app);
    const page = app.page;
    await waitForZone(page, expected.plots.length);
    await page.locator('[data-testid="mode-switch"] button', { hasText: msg('zh', 'mode.review') }).click();
    await page.locator('[data-testid="review-panel"]').waitFor({ timeout: 10_000 });
    assertEqual(await page.locator('[data-testid="mode-notice"]').count(), 0, 'notices in Review mode (issue 6 built it)');
    await page.locator('[data-testid="mode-switch"] button', { hasText: msg('zh', 'mode.plan') }).click();
    assertEqual(await page.locator('[data-testid="mode-notice"]').count(), 0, 'notices in Plan mode');

    const text = await readFile(ctx.badFilePath, 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'plots-broken.geojson', { type: 'application/geo+json' }));
      const app = document.querySelector('pz-app');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        app?.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, text);
    await page.locator('[data-testid="import-report"][data-verdict="refused"]').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="import-cancel"]').click();
    assertEqual(await page.locator('[data-testid="drop-overlay"]').count(), 0, 'drop overlays left');
    await app.close();
  });

  suite.test('draws no basemap by default; a basemap URL from settings is used and remembered', async () => {
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
    ctx.pages.push(app);
    const page = app.page;
    await waitForZone(page, expected.plots.length);
    const tileRequests = (): number => app.requests.filter((url) => url.includes('/tiles/')).length;
    assertEqual(tileRequests(), 0, 'tile requests without a basemap');
    await page.locator('[data-testid="open-settings"]').click();
    await page.locator('[data-testid="basemap-url"]').fill(`${ctx.baseUrl}/tiles/basemap-tile.png?z={z}&x={x}&y={y}`);
    await page.locator('[data-testid="settings-dialog"] button.primary').click();
    await waitForMapIdle(page);
    const afterSetting = tileRequests();
    assert(afterSetting > 0, 'the basemap was not requested');
    assert(await page.locator('pz-layer-toggles input[data-layer="basemap"]').isChecked(), 'the basemap switch is off');
    await page.reload();
    await waitForZone(page, expected.plots.length);
    assert(tileRequests() > afterSetting, 'the basemap was not remembered after a reload');
    await page.locator('[data-testid="open-settings"]').click();
    await page.locator('[data-testid="settings-dialog"] button', { hasText: msg('zh', 'settings.clear') }).click();
    await page.reload();
    await waitForZone(page, expected.plots.length);
    const afterClearing = tileRequests();
    await waitForMapIdle(page);
    assertEqual(tileRequests(), afterClearing, 'tile requests after removing the basemap');
    await app.close();
  });
}
