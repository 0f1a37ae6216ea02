/**
 * The workspace as a user meets it: the sample zone on the map, its numbers one click away,
 * both languages, and a bad file that changes nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { areaInUnits } from '../../src/domain/units.ts';
import { AREA_DECIMALS, formatNumber, formatRatioPercent } from '../../src/i18n/format.ts';
import { msg } from '../../src/i18n/locale.ts';
import { MAP_COLORS } from '../../src/map/mapStyle.ts';
import { openApp, waitForMapIdle, waitForZone, type AppPage } from './appPage.ts';
import type { Expected } from './expected.ts';
import { assert, assertClose, assertEqual, type Suite } from './harness.ts';
import { blend, countColours, differingShare, hexToRgb } from './pixels.ts';

export interface WorkspaceContext {
  browser: Browser;
  baseUrl: string;
  expected: Expected;
  badFilePath: string;
  screenshotPath: string;
  /** every page opened, for the no-foreign-request check */
  pages: AppPage[];
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim();
}

async function attribute(page: Page, selector: string, name: string): Promise<string> {
  return (await page.locator(selector).first().getAttribute(name)) ?? '';
}

/** A number the page shows in a data-value attribute, against the engine's value in Node ('' is no data). */
async function assertValue(page: Page, selector: string, expected: number | null, what: string): Promise<void> {
  const shown = await attribute(page, selector, 'data-value');
  if (expected === null) return assertEqual(shown, '', what);
  assert(shown !== '', `${what}: expected ${expected}, got no data`);
  assertClose(Number(shown), expected, what);
}

/** Clicks a point of the map given in lon/lat, where the map draws it. */
async function clickLngLat(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await page.evaluate(([lon, lat]) => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as
      { projectLngLat(lon: number, lat: number): { x: number; y: number } | null } | null;
    return map?.projectLngLat(lon, lat) ?? null;
  }, lngLat);
  assert(point !== null, 'the map cannot place a point');
  const box = await page.locator('pz-map').boundingBox();
  assert(box !== null, 'the map has no box');
  assert(point.x >= 0 && point.y >= 0 && point.x <= box.width && point.y <= box.height, `the point ${lngLat.join(',')} is off the map`);
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

export function registerWorkspaceTests(suite: Suite, ctx: WorkspaceContext): void {
  const { expected } = ctx;
  let app: AppPage;
  let page: Page;

  suite.test('shows the sample zone in Chinese when the browser prefers Chinese', async () => {
    app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
    ctx.pages.push(app);
    page = app.page;
    await waitForZone(page, expected.plots.length);
    assertEqual(await page.evaluate(() => document.documentElement.lang), 'zh-CN', 'document language');
    assertEqual(await text(page, '[data-testid="open-data"]'), msg('zh', 'header.open'), 'open button');
    const names = await page.locator('pz-district-list .name').allTextContents();
    assertEqual(names.join(' '), expected.districts.map((d) => String(d.properties['name'])).join(' '), 'district names');
    assert(app.pageErrors.length === 0, `page errors: ${app.pageErrors.join(' | ')}`);
  });

  suite.test('draws the districts and the land-use colours of the plots on the map canvas', async () => {
    const background = hexToRgb(MAP_COLORS.background);
    const districtFill = blend(hexToRgb(MAP_COLORS.districtFill), background, 0.7);
    const legendColours = (await page.locator('[data-testid="legend"] li').evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-color') ?? ''))).filter((hex) => hex !== '').map(hexToRgb);
    const plotColours = legendColours.map((c) => blend(c, districtFill, 0.85));
    const [districtPixels = 0, ...plotPixels] = await countColours(page, [districtFill, ...plotColours], 3);
    assert(districtPixels > 500, `district fill pixels: ${districtPixels}`);
    const drawn = plotPixels.filter((n) => n > 30).length;
    assert(drawn >= Math.min(3, plotColours.length), `plot colours drawn: ${drawn} of ${plotColours.length} (${plotPixels.join(',')})`);
  });

  suite.test('fits the zone on load and shows a scale bar, a compass and zoom buttons', async () => {
    for (const selector of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-compass', '.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-zoom-out']) {
      assert(await page.locator(`pz-map ${selector}`).isVisible(), `${selector} is not visible`);
    }
    for (const district of expected.districts) {
      const ring = (district.geometry.type === 'Polygon' ? district.geometry.coordinates[0] : district.geometry.coordinates[0]?.[0]) ?? [];
      const inside = await page.evaluate((points) => {
        const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as
          { projectLngLat(lon: number, lat: number): { x: number; y: number } | null; clientWidth: number; clientHeight: number };
        return points.every(([lon, lat]) => {
          const p = map.projectLngLat(lon ?? NaN, lat ?? NaN);
          return p !== null && p.x >= 0 && p.y >= 0 && p.x <= map.clientWidth && p.y <= map.clientHeight;
        });
      }, ring);
      assert(inside, `district ${district.id} is not wholly in view`);
    }
  });

  suite.test('the district list shows the engine\'s occupancy of every district', async () => {
    for (const occupancy of expected.stats.districts) {
      const cell = `pz-district-list button[data-district="${occupancy.areaId}"] .occupancy`;
      await assertValue(page, cell, occupancy.occupancyRatio, `${occupancy.areaId} occupancy value`);
      assertEqual(await text(page, cell), formatRatioPercent('zh', occupancy.occupancyRatio), `${occupancy.areaId} occupancy text`);
    }
  });

  suite.test('clicking a known plot shows the engine\'s area in 亩, m² and 公顷 and its indicators', async () => {
    const { feature, figures, clickLngLat: at } = expected.knownPlot;
    await clickLngLat(page, at);
    await page.locator('[data-testid="area-mu"]').waitFor({ timeout: 10_000 });
    assertEqual(await text(page, '[data-testid="plot-title"]'), msg('zh', 'plot.title', { id: feature.id }), 'plot title');
    const area = areaInUnits(figures.areaM2);
    await assertValue(page, '[data-testid="area-m2"]', figures.areaM2, 'area m² value');
    assertEqual(await text(page, '[data-testid="area-mu"]'), `${formatNumber('zh', area.areaMu, AREA_DECIMALS.mu)} 亩`, 'area in 亩');
    assertEqual(await text(page, '[data-testid="area-hectare"]'), `${formatNumber('zh', area.areaHectare, AREA_DECIMALS.hectare)} 公顷`, 'area in 公顷');
    for (const check of figures.compliance) {
      const row = `[data-testid="indicators"] tr[data-indicator="${check.indicator}"]`;
      assertEqual(await text(page, `${row} td:last-child`), msg('zh', `verdict.${check.verdict}`), `${check.indicator} verdict`);
      const value = figures.efficiency[check.indicator];
      await assertValue(page, `${row} td.num`, value, `${check.indicator} value`);
    }
  });

  suite.test('clicking a district in the list flies to it and shows its occupancy, parks and clusters', async () => {
    const occupancy = expected.stats.districts[0];
    const district = expected.districts.find((d) => d.id === occupancy?.areaId);
    assert(occupancy !== undefined && district !== undefined, 'the engine has no district');
    await page.locator(`pz-district-list button[data-district="${district.id}"]`).click();
    await page.waitForTimeout(1200);
    await waitForMapIdle(page);
    assertEqual(await text(page, '[data-testid="district-title"]'), String(district.properties['name']), 'district title');
    const ratio = '[data-testid="district-figures"] td[data-key="occupancyRatio"]';
    await assertValue(page, ratio, occupancy.occupancyRatio, 'occupancy ratio');
    const clusters = expected.stats.clusters.filter((c) => c.areaId === district.id && (c.enterpriseCount > 0 || c.clusterAreaM2 > 0));
    if (clusters.length > 0) assertEqual(await page.locator('[data-testid="district-clusters"] tr').count(), clusters.length + 1, 'cluster rows');
  });

  suite.test('switching the theme changes the map colours and the legend together', async () => {
    await page.locator('[data-testid="theme-select"]').selectOption('status');
    await waitForMapIdle(page);
    const labels = await page.locator('[data-testid="legend"] .label').allTextContents();
    assert(labels.some((l) => l === msg('zh', 'status.built') || l === msg('zh', 'status.vacant')), `status legend: ${labels.join(', ')}`);
    await page.locator('[data-testid="theme-select"]').selectOption('landUse');
    await waitForMapIdle(page);
    const codes = await page.locator('[data-testid="legend"] .code').allTextContents();
    assert(codes.includes('1001'), `land-use legend codes: ${codes.join(', ')}`);
  });

  suite.test('the language switch changes the UI text', async () => {
    await page.locator('[data-testid="lang-switch"] button', { hasText: 'English' }).click();
    assertEqual(await text(page, '[data-testid="open-data"]'), 'Open data', 'open button in English');
    assertEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'document language');
    const names = await page.locator('pz-district-list .name').allTextContents();
    assertEqual(names.join(' '), expected.districts.map((d) => String(d.properties['nameEn'])).join(' '), 'English district names');
    await page.locator('[data-testid="lang-switch"] button', { hasText: '中文' }).click();
    assertEqual(await text(page, '[data-testid="open-data"]'), '打开数据', 'open button back in Chinese');
  });

  suite.test('opening a bad file shows the report and leaves the map as it was', async () => {
    await page.mouse.move(2, 2);
    await waitForMapIdle(page);
    const before = await page.locator('pz-map').screenshot();
    const listBefore = await page.locator('pz-district-list').textContent();
    await page.locator('[data-testid="open-data"]').click();
    await page.locator('[data-testid="import-kind"]').selectOption('plots');
    await page.locator('[data-testid="import-file"]').setInputFiles(ctx.badFilePath);
    await page.locator('[data-testid="import-report"][data-verdict="refused"]').waitFor({ timeout: 10_000 });
    const report = await text(page, '[data-testid="import-report"]');
    assert(report.includes(msg('zh', 'import.refused')), `report: ${report}`);
    assert(!/Unexpected token|undefined/.test(report), `raw error in the report: ${report}`);
    assertEqual(await page.locator('[data-testid="import-confirm"]').count(), 0, 'confirm buttons on a refused file');
    await page.locator('[data-testid="import-cancel"]').click();
    await page.locator('[data-testid="import-dialog"]').waitFor({ state: 'detached' });
    await waitForMapIdle(page);
    const after = await page.locator('pz-map').screenshot();
    const share = await differingShare(page, before, after);
    assert(share < 0.001, `${(share * 100).toFixed(2)} % of the map changed`);
    assertEqual(await page.locator('pz-district-list').textContent(), listBefore, 'district list');
    assertEqual(await attribute(page, 'pz-map', 'data-plot-count'), String(expected.plots.length), 'plots on the map');
  });

  suite.test('saves a screenshot of the workspace with a plot selected', async () => {
    await page.locator('pz-map [data-testid="fit-zone"]').click();
    await page.waitForTimeout(1200);
    await waitForMapIdle(page);
    await clickLngLat(page, expected.knownPlot.clickLngLat);
    await page.locator('[data-testid="area-mu"]').waitFor({ timeout: 10_000 });
    await page.mouse.move(2, 2);
    await waitForMapIdle(page);
    await page.screenshot({ path: ctx.screenshotPath });
  });
}
