/**
 * Present mode in Chromium (issue 7): entering it hides the editing tools and panels; scenes are
 * added from the view and the clicker's keys fly the map to the stored cameras; the exported PNG
 * has the requested size and shows the map; scenes are kept with the sketch through a reload;
 * Esc leaves.
 */
import type { Download, Page } from 'playwright-core';
import { resolve } from 'node:path';
import { msg } from '../../src/i18n/locale.ts';
import { openApp, waitForZone } from './appPage.ts';
import { assert, assertEqual, type Suite } from './harness.ts';
import { cameraOf, colouredShare, moveMapTo, pngSize, presentButton, waitForCamera, type Camera } from './presentPage.ts';
import { waitForSaved } from './sketchPage.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

async function enterPresent(page: Page): Promise<void> {
  await page.locator('[data-testid="mode-switch"] button', { hasText: msg('zh', 'mode.present') }).click();
  await page.locator('pz-present-view').waitFor({ timeout: 10_000 });
}

async function download(page: Page, testId: string, folder: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), presentButton(page, testId)]);
  const path = resolve(folder, (file as Download).suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

async function sceneTitles(page: Page): Promise<string[]> {
  return page.locator('pz-scene-list [data-testid="scene-title"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

export function registerPresentTests(suite: Suite, ctx: WorkspaceContext, folder: string): void {
  let page: Page;
  let sceneA: Camera;
  let sceneB: Camera;

  suite.test('entering Present mode hides the editing tools and panels and shows the presenter\'s bar', async () => {
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
    ctx.pages.push(app);
    page = app.page;
    await waitForZone(page, ctx.expected.plots.length);
    await waitForSaved(page);
    assertEqual(await page.locator('pz-toolbar').count(), 1, 'editing toolbar in Plan mode');
    await enterPresent(page);
    assertEqual(await page.locator('pz-toolbar').count(), 0, 'editing toolbar in Present mode');
    assert(!(await page.locator('aside.left').isVisible()), 'the left panel is hidden');
    assert(!(await page.locator('[data-testid="selection-panel"]').isVisible()), 'the right panel is hidden');
    assert(!(await page.locator('pz-header').isVisible()), 'the header is hidden');
    assert(await page.locator('pz-present-view [data-testid="present-next"]').isVisible(), 'the next button is shown');
    const mapBox = await page.locator('pz-map').boundingBox();
    assert(mapBox !== null && mapBox.width >= 1279 && mapBox.height >= 719, `the map fills the screen (${JSON.stringify(mapBox)})`);
  });

  suite.test('scenes are added from the view; the next key flies the map to the stored scene', async () => {
    const start = await cameraOf(page);
    sceneA = { center: [start.center[0] - 0.01, start.center[1] + 0.005], zoom: start.zoom + 1, bearing: 0, pitch: 0 };
    sceneB = { center: [start.center[0] + 0.012, start.center[1] - 0.004], zoom: start.zoom + 1.5, bearing: 25, pitch: 40 };
    await presentButton(page, 'present-scenes-toggle');
    await moveMapTo(page, sceneA);
    await page.locator('[data-testid="scene-add"]').click();
    await page.locator('pz-scene-list [data-testid="scene-title"]').first().fill('北区 做优');
    await page.locator('pz-scene-list [data-testid="scene-title"]').first().press('Tab');
    await moveMapTo(page, sceneB);
    await page.locator('[data-testid="scene-add"]').click();
    assertEqual(JSON.stringify(await sceneTitles(page)), JSON.stringify(['北区 做优', '场景 2']), 'scene titles');
    await presentButton(page, 'present-scenes-toggle');
    await moveMapTo(page, start);
    await page.locator('pz-map').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('PageUp');
    await waitForCamera(page, sceneA, 'after Page Up');
    assertEqual((await page.locator('pz-present-view [data-testid="present-title"] h1').textContent())?.trim(), '北区 做优', 'title of scene 1');
    await page.keyboard.press('ArrowRight');
    await waitForCamera(page, sceneB, 'after the right arrow');
    assertEqual((await page.locator('pz-present-view [data-testid="present-counter"]').textContent())?.trim(), '2 / 2', 'counter');
    await page.keyboard.press('ArrowLeft');
    await waitForCamera(page, sceneA, 'after the left arrow');
    await page.keyboard.press('Space');
    await waitForCamera(page, sceneB, 'after Space');
  });

  suite.test('exports the view as a PNG of 1920×1080 and of 3840×2160 that shows the map', async () => {
    const single = await download(page, 'present-export-1x', folder);
    const one = await pngSize(single.path);
    assertEqual(`${one.width}×${one.height}`, '1920×1080', 'size of the PNG');
    const share = await colouredShare(page, one.bytes);
    assert(share > 0.05, `the PNG shows the map's coloured plots (${(share * 100).toFixed(1)} % coloured pixels)`);
    const double = await download(page, 'present-export-2x', folder);
    const two = await pngSize(double.path);
    assertEqual(`${two.width}×${two.height}`, '3840×2160', 'size of the double PNG');
    const shareTwo = await colouredShare(page, two.bytes);
    assert(shareTwo > 0.05, `the double PNG shows the map (${(shareTwo * 100).toFixed(1)} % coloured pixels)`);
    console.log(`      PNG coloured pixels: ${(share * 100).toFixed(1)} % at 1920×1080, ${(shareTwo * 100).toFixed(1)} % at 3840×2160`);
  });

  suite.test('exports every scene at once, one PNG per scene in order', async () => {
    const names: string[] = [];
    const saved: Promise<void>[] = [];
    const onDownload = (file: Download): void => {
      names.push(file.suggestedFilename());
      saved.push(file.saveAs(resolve(folder, file.suggestedFilename())));
    };
    page.on('download', onDownload);
    try {
      await presentButton(page, 'present-export-all');
      await page.locator('pz-present-view [data-testid="present-exporting"]').waitFor({ state: 'detached', timeout: 60_000 });
      const until = Date.now() + 10_000;
      while (names.length < 2 && Date.now() < until) await page.waitForTimeout(100);
      await Promise.all(saved);
    } finally {
      page.off('download', onDownload);
    }
    assertEqual(JSON.stringify(names), JSON.stringify(['01-北区 做优-1920x1080.png', '02-场景 2-1920x1080.png']), 'downloaded files');
    for (const name of names) {
      const { width, height } = await pngSize(resolve(folder, name));
      assertEqual(`${width}×${height}`, '1920×1080', `size of ${name}`);
    }
    await waitForCamera(page, sceneB, 'the scene shown before the export, shown again');
  });

  suite.test('scenes are kept with the sketch through a reload, and Esc leaves Present mode', async () => {
    await page.keyboard.press('Escape');
    await page.locator('pz-toolbar').waitFor({ timeout: 10_000 });
    assertEqual(await page.locator('pz-present-view').count(), 0, 'present view after Esc');
    await waitForSaved(page);
    await page.reload();
    await waitForZone(page, ctx.expected.plots.length);
    await waitForSaved(page);
    await enterPresent(page);
    assertEqual((await page.locator('pz-present-view [data-testid="present-counter"]').textContent())?.trim(), '– / 2', 'counter after a reload');
    await page.keyboard.press('PageDown');
    await waitForCamera(page, sceneA, 'first scene after a reload');
    await presentButton(page, 'present-scenes-toggle');
    assertEqual(JSON.stringify(await sceneTitles(page)), JSON.stringify(['北区 做优', '场景 2']), 'scene titles after a reload');
    await page.context().close();
  });

  suite.test('when the browser refuses full screen the page fills the window and says so; at 1024×768 it stays readable', async () => {
    const refuse = 'Element.prototype.requestFullscreen = function () { return Promise.reject(new TypeError("refused in this test")); };';
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN', viewport: { width: 1024, height: 768 }, initScript: refuse });
    ctx.pages.push(app);
    try {
      await waitForZone(app.page, ctx.expected.plots.length);
      await enterPresent(app.page);
      await app.page.locator('pz-present-view .toast', { hasText: msg('zh', 'present.fullscreenRefused') }).waitFor({ timeout: 10_000 });
      const mapBox = await app.page.locator('pz-map').boundingBox();
      assertEqual(`${mapBox?.width}×${mapBox?.height}`, '1024×768', 'the map fills the window');
      const bar = await app.page.locator('pz-present-view nav.bar').boundingBox();
      assert(bar !== null && bar.x >= 0 && bar.y >= 0 && bar.x + bar.width <= 1024 && bar.y + bar.height <= 768, `the presenter's bar fits (${JSON.stringify(bar)})`);
      const titlePx = await app.page.locator('pz-present-view h1').evaluate((h1) => Number.parseFloat(getComputedStyle(h1).fontSize));
      assert(titlePx >= 36, `the title is large (${titlePx} px)`);
      const legendPx = await app.page.locator('pz-present-view .legend li').first().evaluate((li) => Number.parseFloat(getComputedStyle(li).fontSize));
      assert(legendPx >= 18, `the legend is large (${legendPx} px)`);
    } finally {
      await app.close();
    }
  });
}
