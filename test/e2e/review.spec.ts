/**
 * Review mode in Chromium (issue 6): the dashboard's figures equal `parkzone stats --json` for
 * the same data; a failing plot in the list selects it; a table's CSV export parses back to the
 * table (BOM, Chinese headers); the print report renders with the map image.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { M2_PER_HECTARE, M2_PER_MU } from '../../src/domain/units.ts';
import { msg } from '../../src/i18n/locale.ts';
import { parseCsv } from '../../src/io/csvExport.ts';
import type { Ratio } from '../../src/domain/ratio.ts';
import { openApp, waitForZone } from './appPage.ts';
import { assert, assertClose, assertEqual, type Suite } from './harness.ts';
import { cellNumber, cliStats, enterReview, readTable, type CliStats, type PageTable } from './reviewPage.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

const RELATIVE = 1e-9;

function assertRatio(actual: number | null, expected: Ratio | undefined, what: string): void {
  if (expected === null || expected === undefined) return assertEqual(actual, null, what);
  assert(actual !== null, `${what}: no data shown, expected ${expected}`);
  assertClose(actual, expected, what, RELATIVE);
}

function checkOccupancy(table: PageTable, cli: CliStats): void {
  for (const area of [cli.zone, ...cli.districts, ...cli.parks]) {
    for (const key of ['landArea', 'developableArea', 'suppliedArea', 'builtArea', 'idleArea', 'vacantArea'] as const) {
      const m2 = area[`${key}M2`];
      assertRatio(cellNumber(table, area.areaId, `${key}Mu`), m2 / M2_PER_MU, `${area.areaId} ${key} 亩`);
      assertRatio(cellNumber(table, area.areaId, `${key}Ha`), m2 / M2_PER_HECTARE, `${area.areaId} ${key} 公顷`);
    }
    for (const key of ['occupancyRatio', 'builtRatio', 'idleRatio', 'coverageRatio', 'industrialLandRatio', 'standardFactoryOccupancyRatio'] as const) {
      assertRatio(cellNumber(table, area.areaId, key), area[key], `${area.areaId} ${key}`);
    }
  }
  assertEqual(table.size, 1 + cli.districts.length + cli.parks.length, 'occupancy rows');
}

function checkClusters(table: PageTable, cli: CliStats): void {
  for (const c of cli.clusters) {
    const row = `${c.areaId}|${c.industry}`;
    assertEqual(cellNumber(table, row, 'enterpriseCount'), c.enterpriseCount, `${row} enterprises`);
    assertRatio(cellNumber(table, row, 'clusterAreaMu'), c.clusterAreaM2 / M2_PER_MU, `${row} area`);
    assertRatio(cellNumber(table, row, 'densityPerKm2'), c.densityPerKm2, `${row} density`);
    assertRatio(cellNumber(table, row, 'areaShare'), c.areaShare, `${row} share`);
    assertRatio(cellNumber(table, row, 'locationQuotient'), c.locationQuotient, `${row} LQ`);
  }
  assertEqual(table.size, cli.clusters.length, 'cluster rows');
}

function checkEfficiency(table: PageTable, cli: CliStats): void {
  for (const e of cli.efficiency) {
    for (const key of ['investmentWanYuanPerMu', 'outputWanYuanPerMu', 'taxWanYuanPerMu', 'floorAreaRatio', 'buildingCoverageRatio', 'greenRatio', 'adminRatio'] as const) {
      assertRatio(cellNumber(table, e.areaId, key), e[key], `${e.areaId} ${key}`);
    }
  }
}

function checkCompliance(table: PageTable, cli: CliStats): void {
  for (const [indicator, zone] of Object.entries(cli.compliance['zone'] ?? {})) {
    for (const verdict of ['pass', 'fail', 'no-data'] as const) {
      assertEqual(cellNumber(table, indicator, verdict), zone[verdict], `zone ${indicator} ${verdict}`);
    }
    for (const d of cli.districts) {
      assertEqual(cellNumber(table, indicator, `fail:${d.areaId}`), cli.compliance[d.areaId]?.[indicator]?.fail ?? 0, `${d.areaId} ${indicator} fail`);
    }
  }
}

async function openReview(ctx: WorkspaceContext): Promise<Page> {
  const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN', viewport: { width: 1600, height: 900 } });
  ctx.pages.push(app);
  await waitForZone(app.page, ctx.expected.plots.length);
  await enterReview(app.page);
  return app.page;
}

export function registerReviewTests(suite: Suite, ctx: WorkspaceContext, folder: string): void {
  let page: Page;

  suite.test('the Review dashboard shows the figures of `parkzone stats --json` for the same data', async () => {
    page = await openReview(ctx);
    const cli = cliStats();
    assertEqual(await page.locator('[data-testid="mode-notice"]').count(), 0, 'a "coming" notice in Review');
    checkOccupancy(await readTable(page, 'occupancy'), cli);
    checkClusters(await readTable(page, 'clusters'), cli);
    const lq = await readTable(page, 'lq');
    for (const c of cli.clusters.filter((row) => row.areaId !== 'zone')) {
      assertRatio(cellNumber(lq, c.areaId, c.industry), c.locationQuotient, `LQ heat table ${c.areaId} ${c.industry}`);
    }
    checkEfficiency(await readTable(page, 'efficiency'), cli);
    checkCompliance(await readTable(page, 'compliance'), cli);
    const agglomeration = page.locator('[data-testid="review-agglomeration"]');
    assertClose(Number(await agglomeration.getAttribute('data-value')), cli.agglomeration.ratio ?? NaN, 'agglomeration ratio', RELATIVE);
    assertEqual(await agglomeration.getAttribute('data-basis'), cli.agglomeration.basis, 'agglomeration basis');
    assertEqual(await page.locator('pz-review-dashboard pz-stacked-bars svg[data-chart]').count(), 3, 'charts');
  });

  suite.test('clicking a plot in the failing list selects it on the map', async () => {
    const failing = await readTable(page, 'failing');
    const fails = Object.values(cliStats().compliance['zone'] ?? {}).some((v) => v.fail > 0);
    assertEqual(failing.size > 0, fails, 'failing plots listed');
    const plotId = [...failing.keys()][0] ?? '';
    await page.locator(`pz-review-table[data-id="failing"] tr[data-row="${plotId}"]`).click();
    const selection = await page.evaluate(() => document.querySelector('pz-app')?.controller.state.selection ?? null);
    assertEqual(JSON.stringify(selection), JSON.stringify({ kind: 'plot', id: plotId }), 'selection');
    await page.locator('[data-testid="selection-panel"]', { hasText: msg('zh', 'plot.title', { id: plotId }) }).waitFor({ timeout: 10_000 });
  });

  suite.test('a table exported as CSV parses back to the table, with a BOM and Chinese headers', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('pz-review-table[data-id="occupancy"] [data-testid="review-csv"]').click(),
    ]);
    const path = resolve(folder, (file as Download).suggestedFilename());
    await file.saveAs(path);
    const bytes = await readFile(path);
    assertEqual([...bytes.subarray(0, 3)].join(','), '239,187,191', 'UTF-8 byte-order mark');
    const text = bytes.toString('utf8');
    assert(text.includes('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
    const rows = parseCsv(text);
    const headers = await page.locator('pz-review-table[data-id="occupancy"] thead th').allTextContents();
    assertEqual(JSON.stringify(rows[0]), JSON.stringify(headers.map((h) => h.trim())), 'headers as shown in Chinese');
    assert((rows[0] ?? []).every((h) => /[\u4e00-\u9fff]/.test(h)), 'every header is Chinese');
    const table = await readTable(page, 'occupancy');
    assertEqual(rows.length - 1, table.size, 'rows');
    const keys = [...table.keys()];
    const columns = headers.length;
    const colKeys = await page.locator('pz-review-table[data-id="occupancy"] thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col') ?? ''));
    rows.slice(1).forEach((row, r) => {
      assertEqual(row.length, columns, `CSV row ${r} width`);
      const cells = table.get(keys[r] ?? '');
      colKeys.forEach((col, c) => {
        const shown = cells?.get(col) ?? '';
        const csv = row[c] ?? '';
        if (col === 'area' || col === 'kind') return assertEqual(csv, shown.trim(), `CSV ${keys[r]} ${col}`);
        if (shown === '') return assertEqual(csv, '', `CSV ${keys[r]} ${col} no data`);
        const expected = Number(shown) * (col.endsWith('Ratio') ? 100 : 1);
        assert(Math.abs(Number(csv) - expected) <= 0.5e-2 + 1e-9 * Math.abs(expected), `CSV ${keys[r]} ${col}: ${csv} vs ${expected}`);
      });
    });
  });

  suite.test('the print report renders with the map image, alone on the page in print', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => { w.printCalls += 1; };
    });
    await page.locator('[data-testid="review-print-a4"]').click();
    const image = page.locator('pz-review-print [data-testid="print-map"]');
    await image.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1, null, { timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const facts = await image.evaluate(async (img) => {
      const element = img as HTMLImageElement;
      await element.decode();
      const box = element.getBoundingClientRect();
      return { src: element.src.slice(0, 22), length: element.src.length, width: element.naturalWidth, height: element.naturalHeight, shownWidth: box.width };
    });
    assertEqual(facts.src, 'data:image/png;base64,', 'image is a PNG data URL');
    assert(facts.length > 10_000 && facts.width === 1600 && facts.height >= 800 && facts.height <= 2400, `map image ${facts.width}×${facts.height}, ${facts.length} chars`);
    assert(facts.shownWidth > 100, 'the image is shown in print');
    assert(!(await page.locator('pz-map').isVisible()), 'the workspace map is hidden in print');
    assert(await page.locator('pz-review-print pz-review-table[data-id="occupancy"] table').isVisible(), 'tables are printed');
    assertEqual(await page.locator('pz-review-print pz-stacked-bars svg[data-chart]').count(), 3, 'charts printed');
    const pageRule = await page.evaluate(() => document.getElementById('pz-review-page')?.textContent ?? '');
    assert(pageRule.includes('A4 landscape'), `@page rule: ${pageRule}`);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-testid="review-print-close"]').click();
    assertEqual(await page.locator('pz-review-print').count(), 0, 'report closed');
  });
}
