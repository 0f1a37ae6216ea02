/**
 * Review mode's threshold presets and overlays, in the browser: the example preset is labelled
 * and read-only, a stricter copy changes the failing-plot count at once (the expected counts
 * come from the same engine session in Node), a wrong value is named, presets survive a
 * reload; the cluster hulls and the hexagon grid draw in their overlay colours.
 */
import { readFile } from 'node:fs/promises';
import { msg } from '../../src/i18n/locale.ts';
import { HEX_LINE_COLOR, HULL_LINE_COLOR } from '../../src/map/reviewOverlay.ts';
import { EXAMPLE_THRESHOLDS, type ThresholdPreset } from '../../src/domain/thresholds.ts';
import { createEngineSession } from '../../src/state/engineSession.ts';
import { LAYER_KINDS } from '../../src/state/types.ts';
import { openApp, waitForMapIdle, waitForZone } from './appPage.ts';
import { assert, assertEqual, type Suite } from './harness.ts';
import { countColours, hexToRgb } from './pixels.ts';
import type { WorkspaceContext } from './workspace.spec.ts';
import type { Page } from 'playwright-core';

const STRICT_INVESTMENT = 1000;

/** Failing-plot counts in Node, by the worker's own session, for the example and a stricter copy. */
async function expectedFailCounts(folder: string): Promise<{ example: number; strict: number; clusters: number; hexes: number }> {
  const session = createEngineSession();
  for (const kind of LAYER_KINDS) {
    const { importId } = session.handle({ op: 'validate', kind, text: await readFile(`${folder}/${kind}.geojson`, 'utf8') });
    session.handle({ op: 'commit', importId });
  }
  const strict: ThresholdPreset = { ...EXAMPLE_THRESHOLDS, id: 'strict', isExample: false, minInvestmentWanYuanPerMu: STRICT_INVESTMENT };
  session.handle({ op: 'setPresets', presets: [strict] });
  const fails = (presetId: string): number =>
    session.handle({ op: 'plotThemeValues', presetId }).values.filter((v) => v.compliance === 'fail').length;
  const overlay = session.handle({ op: 'reviewOverlay', params: { epsM: 300, minPts: 3, cellSizeM: 250 } });
  return { example: fails(EXAMPLE_THRESHOLDS.id), strict: fails('strict'), clusters: overlay.clusters.filter((c) => c.hull.length >= 4).length, hexes: overlay.hexCells.length };
}

async function failingCount(page: Page, expected: number): Promise<void> {
  await page.locator(`[data-testid="preset-failing"][data-count="${expected}"]`).waitFor({ timeout: 20_000 });
}

async function openReview(ctx: WorkspaceContext) {
  const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
  ctx.pages.push(app);
  await waitForZone(app.page, ctx.expected.plots.length);
  await app.page.locator('[data-testid="mode-switch"] button', { hasText: msg('zh', 'mode.review') }).click();
  return app;
}

export function registerPresetTests(suite: Suite, ctx: WorkspaceContext, dataFolder: string): void {
  suite.test('a stricter preset changes the failing-plot count at once, and is kept with the user data', async () => {
    const counts = await expectedFailCounts(dataFolder);
    assert(counts.strict > counts.example, `the stricter preset fails more plots (${counts.strict} > ${counts.example})`);
    const app = await openReview(ctx);
    const page = app.page;
    await page.locator('[data-testid="preset-example-note"]').waitFor();
    assertEqual(await page.locator('[data-testid="preset-edit"]').count(), 0, 'edit buttons on the example');
    await failingCount(page, counts.example);
    await page.locator('[data-testid="preset-copy"]').click();
    await page.locator('[data-testid="preset-input-minInvestment"]').fill('-5');
    await page.locator('[data-testid="preset-save"]').click();
    assertEqual(await page.locator('[data-testid="preset-error-minInvestment"]').textContent(), msg('zh', 'preset.error.negative'), 'error');
    await page.locator('[data-testid="preset-input-minInvestment"]').fill(String(STRICT_INVESTMENT));
    await page.locator('[data-testid="preset-save"]').click();
    await failingCount(page, counts.strict);
    await page.locator('[data-testid="preset-select"]').selectOption(EXAMPLE_THRESHOLDS.id);
    await failingCount(page, counts.example);
    await page.reload();
    await waitForZone(page, ctx.expected.plots.length);
    await page.locator('[data-testid="mode-switch"] button', { hasText: msg('zh', 'mode.review') }).click();
    const copyName = msg('zh', 'preset.copyName', { name: EXAMPLE_THRESHOLDS.name });
    await page.locator('[data-testid="preset-select"] option', { hasText: copyName }).waitFor({ state: 'attached', timeout: 20_000 });
    await page.locator('[data-testid="preset-select"]').selectOption({ label: copyName });
    await failingCount(page, counts.strict);
    assertEqual(app.pageErrors.join('; '), '', 'page errors');
    await app.close();
  });

  suite.test('the cluster hulls and the hexagon grid draw in their overlay colours', async () => {
    const counts = await expectedFailCounts(dataFolder);
    assert(counts.clusters > 0 && counts.hexes > 0, `the sample has clusters (${counts.clusters}) and hexagons (${counts.hexes})`);
    const app = await openReview(ctx);
    const page = app.page;
    const colours = [hexToRgb(HULL_LINE_COLOR), hexToRgb(HEX_LINE_COLOR)];
    await waitForMapIdle(page);
    const [hullBefore = 0, hexBefore = 0] = await countColours(page, colours, 6);
    await page.locator('[data-testid="overlay-hulls"]').check();
    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    const [hullOn = 0] = await countColours(page, colours, 6);
    assert(hullOn > hullBefore + 200, `hull outline pixels: ${hullBefore} → ${hullOn}`);
    await page.locator('[data-testid="overlay-hulls"]').uncheck();
    await page.locator('[data-testid="overlay-hex"]').check();
    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    const [, hexOn = 0] = await countColours(page, colours, 6);
    assert(hexOn > hexBefore + 200, `hexagon outline pixels: ${hexBefore} → ${hexOn}`);
    assertEqual(app.pageErrors.join('; '), '', 'page errors');
    await app.close();
  });
}
