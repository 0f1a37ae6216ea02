/**
 * Browser benchmark: the 10 000-plot synthetic zone in the built app, in Debian's Chromium.
 * Measures long tasks (PerformanceObserver 'longtask', > 50 ms on the page's main thread)
 * while loading, selecting plots and districts, and switching themes, and the time from a
 * click to the engine's figures on screen. Run with `npm run bench:browser`.
 * Options: --plots N (default 10000), PARKZONE_E2E_SKIP_BUILD=1 to reuse dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/staticServer.ts';
import { measureZone } from './browserPhases.ts';

const ROOT = resolve(import.meta.dirname, '..');

function plotCountArg(): number {
  const at = process.argv.indexOf('--plots');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  if (!Number.isInteger(value) || value <= 0) throw new Error('--plots needs a positive whole number');
  return value;
}

function ensureZone(plots: number): string {
  const folder = `bench/generated/zone-${plots}`;
  if (!existsSync(resolve(ROOT, folder, 'plots.geojson'))) {
    console.log(`generating ${folder}…`);
    execFileSync('npx', ['tsx', 'scripts/generate-zone.ts', '--plots', String(plots), '--out', folder], { cwd: ROOT, stdio: 'inherit' });
  }
  return folder;
}

async function main(): Promise<void> {
  const plots = plotCountArg();
  const folder = ensureZone(plots);
  if (process.env['PARKZONE_E2E_SKIP_BUILD'] !== '1') {
    console.log('building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const server = await startStaticServer({ '/': resolve(ROOT, 'dist'), '/bench/generated/': resolve(ROOT, 'bench/generated') });
  const browser = await launchBrowser();
  try {
    await measureZone(browser, server.url, resolve(ROOT, folder), folder);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
