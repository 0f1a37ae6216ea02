/**
 * Opening the app in a fresh browser context, as a user with a given language and screen,
 * while recording every request that would leave the machine and every page error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** requests to anything other than the local test server */
  foreignRequests: string[];
  /** every request URL, in order */
  requests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  locale: string;
  viewport?: { width: number; height: number };
  query?: string;
  /** script run in the page before the app (e.g. a PerformanceObserver) */
  initScript?: string;
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

export async function openApp(browser: Browser, baseUrl: string, options: OpenOptions): Promise<AppPage> {
  const context = await browser.newContext({
    locale: options.locale, viewport: options.viewport ?? { width: 1280, height: 720 }, deviceScaleFactor: 1,
  });
  if (options.initScript !== undefined) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    requests.push(request.url());
    if (!isLocal(request.url())) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${baseUrl}/${options.query ?? ''}`);
  return { page, context, foreignRequests, requests, pageErrors, close: () => context.close() };
}

/** Waits until the map has drawn `plotCount` plots and the engine's figures are in the list. */
export async function waitForZone(page: Page, plotCount: number, timeoutMs = 60_000): Promise<void> {
  await page.locator(`pz-map[data-plot-count="${plotCount}"]`).waitFor({ state: 'attached', timeout: timeoutMs });
  await page.waitForFunction(() => {
    const list = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-district-list')?.shadowRoot;
    const cells = list ? [...list.querySelectorAll('.occupancy')] : [];
    return cells.length > 0 && cells.every((cell) => cell.textContent !== '…');
  }, null, { timeout: timeoutMs });
  await waitForMapIdle(page);
}

/** Waits until the map has finished drawing after whatever happened last. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as { whenIdle(): Promise<void> } | null;
    if (!map) throw new Error('no map on the page');
    await map.whenIdle();
  });
}
