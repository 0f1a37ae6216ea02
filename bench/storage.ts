/**
 * Storage benchmark: save and load of a 10 000-plot sketch in the built app (dist/), in
 * Debian's Chromium with its real IndexedDB. Targets: a save ≤ 200 ms, a load ≤ 300 ms, and no
 * input blocked > 50 ms while the autosave writes. Run with `npm run bench:storage`;
 * PARKZONE_E2E_SKIP_BUILD=1 reuses dist/, --plots N picks another generated zone.
 */
import { OBSERVE_LONG_TASKS, duplicateOpenSketch, editOnePlot, longTasks, measures, median, switchSketch, tasksDuring, waitForMeasure } from './storagePhases.ts';
import { ensureZone, plotCountArg, withAppInBrowser } from './browserZone.ts';

const SAVES = 6;
const LOADS = 3;

const ms = (value: number): string => `${Math.round(value)} ms`;

async function main(): Promise<void> {
  const plots = plotCountArg();
  const folder = ensureZone(plots);
  await withAppInBrowser(async (browser, url) => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
    await context.addInitScript(OBSERVE_LONG_TASKS);
    const page = await context.newPage();
    await page.goto(`${url}/?zone=${folder}`);
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
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
