/**
 * Review mode's comparison, in the browser: a plot's status changed in Plan mode's attribute
 * form shows, in the comparison with the baseline, the change the same core computes in Node
 * (and, independently, the plot's whole area moving between statuses); the changed plot is
 * listed and outlined on the map.
 */
import { readFile } from 'node:fs/promises';
import { msg } from '../../src/i18n/locale.ts';
import { CHANGE_COLORS } from '../../src/map/reviewOverlay.ts';
import { createComparisonCore } from '../../src/state/compareCore.ts';
import { DEFAULT_PRESET_ID, presetOf } from '../../src/state/coreViews.ts';
import { createEngineSession } from '../../src/state/engineSession.ts';
import { LAYER_KINDS, type SourceFeature } from '../../src/state/types.ts';
import { openApp, waitForMapIdle, waitForZone } from './appPage.ts';
import { clickAt, editState } from './editPage.ts';
import { settle } from './editSteps.ts';
import { assert, assertClose, assertEqual, type Suite } from './harness.ts';
import { countColours, hexToRgb } from './pixels.ts';
import type { WorkspaceContext } from './workspace.spec.ts';

async function zoneOf(folder: string): Promise<Record<string, SourceFeature[]>> {
  const session = createEngineSession();
  const layers: Record<string, SourceFeature[]> = {};
  for (const kind of LAYER_KINDS) {
    const { importId } = session.handle({ op: 'validate', kind, text: await readFile(`${folder}/${kind}.geojson`, 'utf8') });
    layers[kind] = session.handle({ op: 'commit', importId }).features;
  }
  return layers;
}

export function registerCompareTests(suite: Suite, ctx: WorkspaceContext, dataFolder: string): void {
  suite.test('a status changed in the attribute form shows the expected change in the comparison with the baseline', async () => {
    const { feature, figures, clickLngLat } = ctx.expected.knownPlot;
    const newStatus = feature.properties['status'] === 'idle' ? 'built' : 'idle';
    const app = await openApp(ctx.browser, ctx.baseUrl, { locale: 'zh-CN' });
    ctx.pages.push(app);
    const page = app.page;
    await waitForZone(page, ctx.expected.plots.length);
    await clickAt(page, clickLngLat);
    await page.locator('[data-testid="plot-form"]').waitFor({ timeout: 10_000 });
    const before = await editState(page);
    await page.locator('[data-testid="plot-form"] select[data-key="status"]').selectOption(newStatus);
    await page.locator('[data-testid="form-apply"]').click();
    const after = await settle(page, before.dataVersion);

    const zone = await zoneOf(dataFolder);
    const comparison = createComparisonCore().compare({ districts: zone['districts'] ?? [], parks: zone['parks'] ?? [] },
      zone['plots'] ?? [], after.plots, presetOf(DEFAULT_PRESET_ID));
    const expectedIdle = comparison.figures.find((f) => f.areaId === 'zone' && f.figure === 'idleAreaM2')?.change ?? null;
    assert(expectedIdle !== null, 'Node computed no change of the idle area');
    // independent of the comparison code: the whole plot moved into (or out of) idle
    assertClose(Math.abs(expectedIdle), figures.areaM2, 'idle area change against the plot\'s area', 1e-9);

    await page.locator('[data-testid="mode-switch"] button', { hasText: msg('zh', 'mode.review') }).click();
    const row = page.locator('[data-testid="compare-table"] tr[data-figure="idleAreaM2"]').first();
    await row.waitFor({ timeout: 30_000 });
    assertClose(Number(await row.getAttribute('data-change')), expectedIdle, 'zone idle area change shown', 1e-12);
    assertEqual(await page.locator('[data-testid="compare-changed"]').getAttribute('data-count'), '1', 'changed plots');
    assertEqual(await page.locator('[data-testid="compare-changed"] button').getAttribute('data-plot-id'), feature.id, 'changed plot id');
    assertEqual(await page.locator('[data-testid="compare-added"]').getAttribute('data-count'), '0', 'added plots');

    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    const [outline = 0] = await countColours(page, [hexToRgb(CHANGE_COLORS.changed)], 8);
    assert(outline > 20, `changed-plot outline pixels: ${outline}`);
    assertEqual(app.pageErrors.join('; '), '', 'page errors');
    await app.close();
  });
}
