/**
 * Storage benchmark: save and load of a 10 000-plot sketch in the built app (dist/), in
 * Debian's Chromium with its real IndexedDB. Targets: a save ≤ 200 ms, a load ≤ 300 ms, and no
 * input blocked > 50 ms while the autosave writes. Run with `npm run bench:storage`;
 * PARKZONE_E2E_SKIP_BUILD=1 reuses dist/, --plots N picks another generated zone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../test/e2e/browser.ts';
import { startStaticServer } from '../test/e2e/staticServer.ts';
import { OBSERVE_LONG_TASKS, duplicateOpenSketch, editOnePlot, longTasks, measures, median, switchSketch, tasksDuring, waitForMeasure } from './storagePhases.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAVES = 6;
const LOADS = 3;

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

const ms = (value: number): string => `${Math.round(value)} ms`;

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
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await context.addInitScript(OBSERVE_LONG_TASKS);
    const page = await context.newPage();
    await page.goto(`${server.url}/?zone=${folder}`);
    await waitForMeasure(page, 'pz-sketch-create', 1);
    const create = (await measures(page, 'pz-sketch-create'))[0]?.duration ?? Number.NaN;
    for (let i = 0; i < SAVES; i++) {
      await editOnePlot(page, i * 997 % plots, `基准测试 ${i}`);
      await waitForMeasure(page, 'pz-sketch-save', i + 1);
    }
    const saves = await measures(page, 'pz-sketch-save');
    const tasks = await longTasks(page);
    const blocking = saves.flatMap((save) => tasksDuring(tasks, save).map((t) => t.duration));
    const loads: number[] = [];
    const shows: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.reload();
      await waitForMeasure(page, 'pz-sketch-load', 1);
      loads.push((await measures(page, 'pz-sketch-load'))[0]?.duration ?? Number.NaN);
      shows.push((await measures(page, 'pz-sketch-show'))[0]?.duration ?? Number.NaN);
    }
    await duplicateOpenSketch(page);
    const switches: number[] = [];
    for (let i = 0; i < LOADS; i++) switches.push(await switchSketch(page));
    const switchTasks = (await longTasks(page)).filter((t) => t.duration > 50);
    const saveMs = saves.map((s) => s.duration);
    console.log(`storage benchmark, ${plots} plots, Chromium ${browser.version()}, built app (dist/)`);
    console.log(`first start, sketch created from the zone: ${ms(create)}`);
    console.log(`autosave (repository save, ${saveMs.length}×): median ${ms(median(saveMs))}, max ${ms(Math.max(...saveMs))}   target ≤ 200 ms`);
    console.log(`  long tasks during the saves: ${blocking.length}, longest ${ms(Math.max(0, ...blocking))}   target none > 50 ms`);
    console.log(`load, switching sketches in the list (repository get, app idle, ${LOADS}×): median ${ms(median(switches))}, max ${ms(Math.max(...switches))}   target ≤ 300 ms`);
    console.log(`load on reload, while the page also loads the zone (repository get, ${LOADS}×): median ${ms(median(loads))}, max ${ms(Math.max(...loads))}`);
    console.log(`  sketch shown after reload (engine reads its plots, map replaced): median ${ms(median(shows))}`);
    console.log(`  long tasks since the last reload (map, engine answers, switching): ${switchTasks.length}, longest ${ms(Math.max(0, ...switchTasks.map((t) => t.duration)))}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
