/**
 * Driving Present mode in the browser: the camera as the map reports it, moving the map to a
 * known camera (as a planner would by dragging), the scene buttons, and reading an exported PNG
 * (its size from the header, its pixels decoded in the page).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

type PresenterHandle = { presenter: { camera(): Camera; goTo(c: Camera, animate: boolean): Promise<void>; whenIdle(): Promise<void> } | null };

export async function cameraOf(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as PresenterHandle | null;
    const camera = map?.presenter?.camera();
    if (camera === undefined) throw new Error('no map presenter on the page');
    return camera;
  });
}

/** Puts the map at `camera` at once, as dragging and zooming by hand would. */
export async function moveMapTo(page: Page, camera: Camera): Promise<void> {
  await page.evaluate(async (target) => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as PresenterHandle | null;
    if (!map?.presenter) throw new Error('no map presenter on the page');
    await map.presenter.goTo(target, false);
  }, camera);
}

export function near(a: Camera, b: Camera, tolerance = 1e-6): boolean {
  return Math.abs(a.center[0] - b.center[0]) < tolerance && Math.abs(a.center[1] - b.center[1]) < tolerance
    && Math.abs(a.zoom - b.zoom) < 1e-3 && Math.abs(((a.bearing - b.bearing + 540) % 360) - 180) < 0.01 && Math.abs(a.pitch - b.pitch) < 0.01;
}

/** Waits until the map stands at `camera` (after a flight); throws with the camera it reached. */
export async function waitForCamera(page: Page, camera: Camera, what: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = await cameraOf(page);
  while (!near(last, camera)) {
    if (Date.now() > until) throw new Error(`${what}: the map is at ${JSON.stringify(last)}, expected ${JSON.stringify(camera)}`);
    await page.waitForTimeout(150);
    last = await cameraOf(page);
  }
}

export async function presentButton(page: Page, testId: string): Promise<void> {
  await page.locator(`pz-present-view [data-testid="${testId}"]`).click();
}

/** Width and height from a PNG's IHDR chunk. */
export async function pngSize(path: string): Promise<{ width: number; height: number; bytes: Buffer }> {
  const bytes = await readFile(path);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bytes };
}

/**
 * Share of the image's pixels that are clearly coloured (channel spread above 40): the map's
 * plots are; the empty map background (#f3f1ea), white and grey panels and black text are not.
 */
export async function colouredShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let coloured = 0;
    for (let p = 0; p < data.length; p += 4) {
      const r = data[p] ?? 0;
      const g = data[p + 1] ?? 0;
      const b = data[p + 2] ?? 0;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured += 1;
    }
    return coloured / (data.length / 4);
  }, png.toString('base64'));
}
