/**
 * Sketches kept in the browser, in Chromium with its real IndexedDB: an edit made in the form
 * survives a reload; a second tab takes over the first one's saves and, when both changed the
 * sketch, the planner chooses; a full disk says "not saved" and loses nothing; export, delete,
 * import gives the same plots; a version restored and the restore undone; storage refused.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { msg } from '../../src/i18n/locale.ts';
import { waitForZone } from './appPage.ts';
import { assert, assertEqual, type Suite } from './harness.ts';
import { editState } from './editPage.ts';
import {
  QUOTA_SWITCH, clickablePlots, enterpriseOf, openTabs, planText, setEnterprise, sketchView, waitForPlot, waitForSaved, type Tabs,
} from './sketchPage.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

async function setFailWrites(page: Page, on: boolean): Promise<void> {
  await page.evaluate((value) => { (window as unknown as { __pzFailWrites: boolean }).__pzFailWrites = value; }, on);
}

async function deletePicked(page: Page, id: string): Promise<void> {
  await page.keyboard.press('Delete');
  await waitForPlot(page, id, (p) => p === undefined, `${id} deleted`);
}

export function registerSketchTests(suite: Suite, ctx: WorkspaceContext, downloadPath: string): void {
  const { expected } = ctx;
  const [first, second, third] = clickablePlots(expected, 3) as [typeof expected.plots[number], typeof expected.plots[number], typeof expected.plots[number]];
  let tabs: Tabs;
  let page: Page;
  let planBefore: string[] = [];

  suite.test('makes "草案 1" from the baseline on first start and keeps an edit through a reload, unchanged', async () => {
    tabs = await openTabs(ctx.browser, ctx.baseUrl, QUOTA_SWITCH);
    page = await tabs.open();
    await waitForZone(page, expected.plots.length);
    await waitForSaved(page);
    assertEqual((await page.locator('[data-testid="sketch-name"]').textContent())?.trim(), msg('zh', 'sketch.firstName'), 'sketch name in the header');
    await setEnterprise(page, first, '保存测试电器有限公司');
    await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor({ timeout: 10_000 });
    await deletePicked(page, first.id);
    await waitForSaved(page, expected.plots.length - 1);
    planBefore = await planText(page);
    await page.reload();
    await waitForSaved(page, expected.plots.length - 1);
    assertEqual(JSON.stringify(await planText(page)), JSON.stringify(planBefore), 'the plan after a reload');
  });

  suite.test('a second tab takes over a save of the first; with changes on both sides the planner chooses', async () => {
    const other = await tabs.open();
    await waitForSaved(other, expected.plots.length - 1);
    await setEnterprise(page, second, '甲标签页');
    await waitForSaved(page);
    await waitForPlot(other, second.id, (p) => p?.properties['enterprise'] === '甲标签页', 'the first tab\'s change in the second');
    await setFailWrites(other, true);
    await setEnterprise(other, third, '乙标签页（未保存）');
    await other.locator('[data-testid="save-status"][data-status="failed"]').waitFor({ timeout: 10_000 });
    await setEnterprise(page, second, '甲标签页 2');
    await waitForSaved(page);
    await other.locator('[data-testid="sketch-conflict"]').waitFor({ timeout: 10_000 });
    assertEqual(await enterpriseOf(other, second.id), '甲标签页', 'the second tab overwrote nothing before the choice');
    await setFailWrites(other, false);
    await other.locator('[data-testid="conflict-mine"]').click();
    await waitForSaved(other);
    await waitForPlot(page, third.id, (p) => p?.properties['enterprise'] === '乙标签页（未保存）', 'the kept version in the first tab');
    assertEqual(await enterpriseOf(page, second.id), '甲标签页', 'the first tab now shows the second tab\'s plan');
    await other.close();
    planBefore = await planText(page);
  });

  suite.test('a full disk shows "not saved" and offers an export; nothing is lost, and the next save keeps everything', async () => {
    await setFailWrites(page, true);
    await setEnterprise(page, second, '磁盘已满时的修改');
    await page.locator('[data-testid="save-failed"][data-failure="quota"]').waitFor({ timeout: 10_000 });
    assertEqual(await page.locator('[data-testid="save-status"]').getAttribute('data-status'), 'failed', 'save status');
    assertEqual(((await page.locator('[data-testid="save-status"]').textContent()) ?? '').trim(), msg('zh', 'sketch.status.failed'), 'status text');
    assert(await page.locator('[data-testid="save-failed"] [data-testid="banner-export"]').isVisible(), 'no export offered');
    assertEqual(await enterpriseOf(page, second.id), '磁盘已满时的修改', 'the change in memory');
    const plan = await planText(page);
    await setFailWrites(page, false);
    await page.locator('[data-testid="banner-retry"]').click();
    await waitForSaved(page);
    await page.reload();
    await waitForSaved(page, expected.plots.length - 1);
    assertEqual(JSON.stringify(await planText(page)), JSON.stringify(plan), 'the plan after the failed write, a retry and a reload');
    planBefore = plan;
  });

  suite.test('exports the sketch as GeoJSON; deleted (undoably) and imported back, its plots are identical', async () => {
    const downloading = page.waitForEvent('download');
    await page.locator('[data-testid="sketch-export"]').click();
    const download = await downloading;
    await download.saveAs(downloadPath);
    const file = JSON.parse(await readFile(downloadPath, 'utf8')) as { type: string; parkzone: { name: string }; features: unknown[] };
    assertEqual(file.type, 'FeatureCollection', 'exported type');
    assertEqual(file.parkzone.name, msg('zh', 'sketch.firstName'), 'exported name');
    assertEqual(file.features.length, expected.plots.length - 1, 'exported plots');
    await page.locator('[data-testid="sketch-name"]').click();
    const row = page.locator('[data-testid="sketch-list"] tr[data-sketch-id]').first();
    await row.locator('button[data-action="delete"]').click();
    await page.locator('[data-testid="sketch-deleted-banner"]').waitFor({ timeout: 10_000 });
    await waitForSaved(page, expected.plots.length);
    await page.locator('[data-testid="sketch-import-file"]').setInputFiles(downloadPath);
    await page.locator('[data-testid="sketch-import"][data-step="done"]').waitFor({ timeout: 20_000 });
    await waitForSaved(page, expected.plots.length - 1);
    assertEqual(JSON.stringify(await planText(page)), JSON.stringify(planBefore), 'the imported plan');
    await page.locator('[data-testid="sketch-dialog-close"]').click();
    await page.locator('[data-testid="undo-delete"]').click();
    await waitForSaved(page, expected.plots.length - 1);
    await page.locator('[data-testid="sketch-name"]').click();
    await page.locator('[data-testid="sketch-list"] tr[data-sketch-id]').nth(2).waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="sketch-dialog-close"]').click();
    assertEqual(JSON.stringify(await planText(page)), JSON.stringify(planBefore), 'the restored sketch');
  });

  suite.test('keeps a version on Ctrl+S, restores it, and Ctrl+Z undoes the restore', async () => {
    await page.keyboard.press('Control+s');
    await page.locator('[data-testid="sketch-versions"]').click();
    await page.locator('[data-testid="versions-list"] tr[data-version-id]').first().waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="versions-close"]').click();
    const kept = await enterpriseOf(page, second.id);
    await setEnterprise(page, second, '版本之后的修改');
    await waitForSaved(page);
    await page.locator('[data-testid="sketch-versions"]').click();
    await page.locator('[data-testid="versions-list"] tr[data-version-id] button[data-action="restore-version"]').first().click();
    await waitForPlot(page, second.id, (p) => p?.properties['enterprise'] === kept, 'the version restored');
    await waitForSaved(page);
    await page.keyboard.press('Control+z');
    await waitForPlot(page, second.id, (p) => p?.properties['enterprise'] === '版本之后的修改', 'the restore undone');
    await waitForSaved(page);
    assertEqual(tabs.errors.length, 0, `page errors: ${tabs.errors.join(' | ')}`);
    await tabs.close();
  });

  suite.test('with storage refused, says plainly that nothing is being saved, and still works in memory', async () => {
    const refused = await openTabs(ctx.browser, ctx.baseUrl, 'Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });');
    const tab = await refused.open();
    await waitForZone(tab, expected.plots.length);
    await tab.locator('[data-testid="storage-unavailable"]').waitFor({ timeout: 10_000 });
    assertEqual(await tab.locator('[data-testid="save-status"]').getAttribute('data-status'), 'off', 'save status');
    await setEnterprise(tab, first, '只在内存中');
    assertEqual((await sketchView(tab)).saveStatus, 'off', 'save status after an edit');
    assertEqual((await editState(tab)).plots.length, expected.plots.length, 'plots in memory');
    await refused.close();
  });

  suite.test('stops writing and asks for a reload when a newer ParkZone opens the storage in another tab', async () => {
    const newer = await openTabs(ctx.browser, ctx.baseUrl);
    const old = await newer.open();
    await waitForSaved(old, expected.plots.length);
    const upgraded = await newer.context.newPage();
    await upgraded.goto(`${ctx.baseUrl}/favicon.svg`);
    await upgraded.evaluate(() => new Promise<void>((done, fail) => {
      const request = indexedDB.open('parkzone', 1000);
      request.onsuccess = () => { request.result.close(); done(); };
      request.onerror = () => fail(new Error(String(request.error)));
    }));
    await old.locator('[data-testid="reload-needed"]').waitFor({ timeout: 10_000 });
    assertEqual(await old.locator('[data-testid="save-status"]').getAttribute('data-status'), 'off', 'save status');
    await newer.close();
  });
}
