/**
 * The browser end-to-end suite: builds the app, serves dist/ on a free localhost port, drives
 * Debian's Chromium (headless, software WebGL) through the workspace as a user would, and
 * prints "N passed, M failed". Run with `npm run test:e2e` (`npx tsx test/e2e/run.ts`).
 * Set PARKZONE_E2E_SKIP_BUILD=1 to test an existing dist/ (built from the current sources), and
 * PARKZONE_E2E_ONLY=<text> to run only the tests whose group (workspace, settings, edit, sketch, present, review, layout)
 * or name contains the text.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser } from './browser.ts';
import { expectedFor } from './expected.ts';
import { Suite } from './harness.ts';
import { registerEditTests } from './edit.spec.ts';
import { registerPlotEditTests } from './editPlots.spec.ts';
import { registerLayoutTests } from './layout.spec.ts';
import { registerSettingsTests } from './settings.spec.ts';
import { registerPresentTests } from './present.spec.ts';
import { registerReviewTests } from './review.spec.ts';
import { registerSketchTests } from './sketch.spec.ts';
import { registerPresetTests } from './preset.spec.ts';
import { registerCompareTests } from './compare.spec.ts';
import { startStaticServer } from './staticServer.ts';
import { registerWorkspaceTests, type WorkspaceContext } from './workspace.spec.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RESULTS = resolve(ROOT, 'test-results');
const TEST_TIMEOUT_MS = 120_000;

async function main(): Promise<number> {
  if (process.env['PARKZONE_E2E_SKIP_BUILD'] !== '1') {
    console.log('building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  await mkdir(RESULTS, { recursive: true });
  const expected = await expectedFor(resolve(ROOT, 'data'));
  const server = await startStaticServer({ '/': resolve(ROOT, 'dist'), '/tiles/': resolve(ROOT, 'test/fixtures/tiles') });
  const browser = await launchBrowser();
  try {
    const ctx: WorkspaceContext = {
      browser, baseUrl: server.url, expected, pages: [],
      badFilePath: resolve(ROOT, 'test/fixtures/gjh-bad-json.geojson'),
      screenshotPath: resolve(RESULTS, 'workspace.png'),
    };
    const suite = new Suite(process.env['PARKZONE_E2E_ONLY']);
    suite.group = 'workspace';
    registerWorkspaceTests(suite, ctx);
    suite.group = 'settings';
    registerSettingsTests(suite, ctx);
    suite.group = 'edit';
    registerPlotEditTests(suite, ctx, registerEditTests(suite, ctx));
    suite.group = 'sketch';
    registerSketchTests(suite, ctx, resolve(RESULTS, 'sketch-export.geojson'));
    suite.group = 'present';
    registerPresentTests(suite, ctx, RESULTS);
    suite.group = 'review';
    registerReviewTests(suite, ctx, RESULTS);
    suite.group = 'layout';
    registerLayoutTests(suite, ctx, resolve(RESULTS, 'plot-with-markup-in-properties.geojson'));
    suite.group = 'review-presets';
    registerPresetTests(suite, ctx, resolve(ROOT, 'data'));
    registerCompareTests(suite, ctx, resolve(ROOT, 'data'));
    console.log(`browser tests against ${server.url} (${expected.plots.length} plots)`);
    const { passed, failed } = await suite.run(TEST_TIMEOUT_MS);
    console.log(`screenshot: ${ctx.screenshotPath}`);
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
