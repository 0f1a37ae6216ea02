/**
 * Browser benchmark: the 10 000-plot synthetic zone in the built app, in Debian's Chromium.
 * Measures long tasks (PerformanceObserver 'longtask', > 50 ms on the page's main thread)
 * while loading, selecting plots and districts, and switching themes, and the time from a
 * click to the engine's figures on screen. Run with `npm run bench:browser`.
 * Options: --plots N (default 10000), PARKZONE_E2E_SKIP_BUILD=1 to reuse dist/.
 */
import { resolve } from 'node:path';
import { measureZone } from './browserPhases.ts';
import { ROOT, ensureZone, plotCountArg, withAppInBrowser } from './browserZone.ts';

async function main(): Promise<void> {
  const plots = plotCountArg();
  const folder = ensureZone(plots);
  await withAppInBrowser((browser, url) => measureZone(browser, url, resolve(ROOT, folder), folder));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
