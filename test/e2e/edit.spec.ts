/**
 * Plan mode's drawing, driven with real mouse clicks on the map canvas: a plot drawn onto a
 * district corner (snapped exactly; the readout and the panels checked against the engine, the
 * district figures against an engine rebuilt in Node), its attributes given in the form, and a
 * bow-tie refused with its reason. editPlots.spec.ts goes on with the same page.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { refuse } from '../../src/domain/edit/refusal.ts';
import { arealAreaM2 } from '../../src/geo/area.ts';
import { arealCentroid } from '../../src/geo/centroid.ts';
import type { Position } from '../../src/domain/geometry.ts';
import { openApp, waitForZone } from './appPage.ts';
import { chooseTool, clickAt, editState, pagePoint, zoomInAt } from './editPage.ts';
import { freeCorner } from './editFixtures.ts';
import { dataValue, districtFigure, focusOn, plotOf, settle, type EditSession } from './editSteps.ts';
import { statsForPlots } from './editOracle.ts';
import { assert, assertClose, assertEqual, type Suite } from './harness.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

const DATA = resolve(import.meta.dirname, '../../data');
const SIDE_DEG = 0.0004;

/** Registers the drawing tests; the page they open is handed on in the returned session. */
export function registerEditTests(suite: Suite, ctx: WorkspaceContext): EditSession {
  const { expected } = ctx;
  const free = freeCorner(expected, SIDE_DEG);
  const session: EditSession = { page: null as unknown as Page, drawnId: '', edits: 0 };

  suite.test('draws a plot with clicks, its first corner snapped exactly onto a district corner, and the numbers follow the engine', async () => {
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
    ctx.pages.push(app);
    session.page = app.page;
    const page = session.page;
    await waitForZone(page, expected.plots.length);
    const { corner, square, districtId } = free;
    await page.locator(`pz-district-list button[data-district="${districtId}"]`).click();
    await page.waitForTimeout(1200);
    await zoomInAt(page, [(corner[0] as number) + SIDE_DEG / 2, (corner[1] as number) + SIDE_DEG / 2], 14);
    const before = await editState(page);
    await chooseTool(page, 'polygon');
    const nearCorner: Position = [(corner[0] as number) + 1e-5, (corner[1] as number) - 4e-6];
    for (const point of [nearCorner, ...square]) await clickAt(page, point);
    const back = await pagePoint(page, nearCorner);
    await page.mouse.move(back.x, back.y, { steps: 3 });
    await page.locator('[data-testid="readout-area-m2"]').waitFor();
    await page.waitForTimeout(400);
    const readoutM2 = await dataValue(page, '[data-testid="readout-area-m2"]');
    const previewPlottedM2 = await dataValue(page, '[data-testid="district-figures"] td[data-key="plottedAreaM2"]');
    await page.mouse.click(back.x, back.y);
    const after = await settle(page, before.dataVersion);
    assertEqual(after.plots.length, before.plots.length + 1, 'plots after drawing');
    session.drawnId = after.selectedPlotIds[0] ?? '';
    const drawn = plotOf(after, session.drawnId);
    const ring = drawn.geometry.type === 'Polygon' ? drawn.geometry.coordinates[0] ?? [] : [];
    assert(ring.some((p) => p[0] === corner[0] && p[1] === corner[1]), `no vertex is exactly the corner ${corner.join(',')}: ${JSON.stringify(ring)}`);
    const areaM2 = arealAreaM2(drawn.geometry);
    assertClose(readoutM2, areaM2, 'readout area while closing', 1e-9);
    await page.locator('[data-testid="area-m2"]').waitFor({ timeout: 10_000 });
    assertClose(await dataValue(page, '[data-testid="area-m2"]'), areaM2, 'the engine\'s area of the new plot');
    const rebuilt = await statsForPlots(DATA, after.plots);
    const plottedM2 = rebuilt.districts.find((d) => d.areaId === districtId)?.plottedAreaM2 ?? NaN;
    assertClose(previewPlottedM2, plottedM2, 'district plotted area previewed while drawing', 1e-9);
    assertClose(await districtFigure(page, districtId, 'plottedAreaM2'), plottedM2, 'district plotted area after drawing', 1e-9);
    session.edits += 1;
  });

  suite.test('gives the new plot a land use and an enterprise in the form, refusing a bad number with a clear message', async () => {
    const { page, drawnId } = session;
    await page.keyboard.press('Escape');
    const centre = arealCentroid(plotOf(await editState(page), drawnId).geometry);
    await focusOn(page, centre, 14);
    await clickAt(page, centre);
    assertEqual((await editState(page)).selectedPlotIds.join(), drawnId, 'picked plot');
    await page.locator('[data-testid="plot-form"]').waitFor();
    await page.locator('[data-testid="land-use-search"]').fill('1001');
    await page.locator('[data-testid="land-use-options"] button[data-code="1001"]').click();
    await page.locator('[data-testid="plot-form"] input[data-key="enterprise"]').fill('示例电器有限公司');
    await page.locator('[data-testid="plot-form"] select[data-key="status"]').selectOption('allocated');
    await page.locator('[data-testid="plot-form"] input[data-key="investment"]').fill('12万');
    await page.locator('[data-testid="form-apply"]').click();
    const problem = page.locator('[data-testid="form-problem"][data-key="investment"]');
    await problem.waitFor();
    assert(((await problem.textContent()) ?? '').includes('固定资产投资'), `message: ${await problem.textContent()}`);
    assertEqual(plotOf(await editState(page), drawnId).properties['landUse'], undefined, 'land use after a refused form');
    const before = await editState(page);
    await page.locator('[data-testid="plot-form"] input[data-key="investment"]').fill('5000');
    await page.locator('[data-testid="form-apply"]').click();
    const after = await settle(page, before.dataVersion);
    const properties = plotOf(after, drawnId).properties;
    assertEqual(properties['landUse'], '1001', 'land use');
    assertEqual(properties['enterprise'], '示例电器有限公司', 'enterprise');
    assertEqual(properties['investment'], 5000, 'investment');
    const rebuilt = await statsForPlots(DATA, after.plots);
    const occupancy = rebuilt.districts.find((d) => d.areaId === free.districtId)?.occupancyRatio ?? null;
    assert(occupancy !== null, 'the district has no occupancy');
    assertClose(await dataValue(page, `pz-district-list button[data-district="${free.districtId}"] .occupancy`), occupancy, 'district occupancy after the attributes', 1e-9);
    session.edits += 1;
  });

  suite.test('refuses a self-intersecting bow-tie and says why', async () => {
    const { page } = session;
    const { corner } = free;
    await focusOn(page, [(corner[0] as number) + SIDE_DEG / 2, (corner[1] as number) + SIDE_DEG / 2], 14);
    const before = await editState(page);
    await chooseTool(page, 'polygon');
    const at = (i: number, j: number): Position => [(corner[0] as number) + SIDE_DEG * (0.2 + 0.6 * i), (corner[1] as number) + SIDE_DEG * (0.2 + 0.6 * j)];
    const bowTie = [at(0, 0), at(1, 1), at(1, 0), at(0, 1)];
    await page.keyboard.down('Alt');
    for (const point of bowTie) await clickAt(page, point);
    await clickAt(page, bowTie[0] as Position);
    await page.keyboard.up('Alt');
    await page.locator('[data-testid="edit-notice"][data-level="refused"]').waitFor({ timeout: 10_000 });
    assertEqual(((await page.locator('[data-testid="edit-notice"] span').textContent()) ?? '').trim(), refuse('self-intersection').messageZh, 'refusal');
    assertEqual((await editState(page)).plots.length, before.plots.length, 'plots after the bow-tie');
  });

  return session;
}
