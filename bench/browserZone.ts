/**
 * What the browser benchmarks share: the zone size from `--plots N` (default 10 000), the
 * generated zone on disk, the built app (skipped with PARKZONE_E2E_SKIP_BUILD=1), and a local
 * server with Debian's Chromium, closed when the measurement is done.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/staticServer.ts';

export const ROOT = resolve(import.meta.dirname, '..');

export function plotCountArg(): number {
  const at = process.argv.indexOf('--plots');
  const value = at >= 0 ? Number(process.argv[at + 1]) : 10_000;
  if (!Number.isInteger(value) || value <= 0) throw new Error('--plots needs a positive whole number');
  return value;
}

/** The generated zone's folder relative to the repository, generated when missing. */
export function ensureZone(plots: number): string {
  const folder = `bench/generated/zone-${plots}`;
  if (!existsSync(resolve(ROOT, folder, 'plots.geojson'))) {
    console.log(`generating ${folder}…`);
    execFileSync('npx', ['tsx', 'scripts/generate-zone.ts', '--plots', String(plots), '--out', folder], { cwd: ROOT, stdio: 'inherit' });
  }
  return folder;
}

/** Builds the app, serves it with the generated zones, and runs `measure` in Chromium. */
export async function withAppInBrowser(measure: (browser: Browser, url: string) => Promise<void>): Promise<void> {
  if (process.env['PARKZONE_E2E_SKIP_BUILD'] !== '1') {
    console.log('building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const server = await startStaticServer({ '/': resolve(ROOT, 'dist'), '/bench/generated/': resolve(ROOT, 'bench/generated') });
  const browser = await launchBrowser();
  try {
    await measure(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
}
