/**
 * Helpers of the editing tests: the page's store state, map positions of lon/lat points, mouse
 * clicks and wheel zooms on the map canvas as a user would make them, and tool choice.
 */
import type { Page } from 'playwright-core';
import type { Position } from '../../src/domain/geometry.ts';
import type { AppState } from '../../src/state/types.ts';
import { waitForMapIdle } from './appPage.ts';
import { assert } from './harness.ts';

/** The parts of the page's state the tests read (plain data, copied out of the page). */
export interface PageEditState {
  plots: { id: string; geometry: AppState['data']['plots']['features'][number]['geometry']; properties: Record<string, unknown> }[];
  selectedPlotIds: string[];
  tool: string;
  dataVersion: number;
  notice: { level: string; messageZh: string; messageEn: string } | null;
}

export async function editState(page: Page): Promise<PageEditState> {
  return page.evaluate(() => {
    const app = document.querySelector('pz-app') as unknown as { controller: { store: { getState(): AppState } } };
    const state = app.controller.store.getState();
    return JSON.parse(JSON.stringify({
      plots: state.data.plots.features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties })),
      selectedPlotIds: state.edit.selectedPlotIds, tool: state.edit.tool, dataVersion: state.dataVersion, notice: state.edit.notice,
    })) as PageEditState;
  });
}

/** Where a lon/lat point is on the page, in CSS pixels. */
export async function pagePoint(page: Page, lngLat: Position): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([lon, lat]) => {
    const map = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-map') as unknown as
      { projectLngLat(lon: number, lat: number): { x: number; y: number } | null } | null;
    return map?.projectLngLat(lon ?? NaN, lat ?? NaN) ?? null;
  }, [lngLat[0] as number, lngLat[1] as number]);
  const box = await page.locator('pz-map').boundingBox();
  assert(point !== null && box !== null, 'the map cannot place a point');
  assert(point.x >= 0 && point.y >= 0 && point.x <= box.width && point.y <= box.height, `${lngLat.join(',')} is off the map`);
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Moves the mouse there in a few steps (the drawing tools follow the pointer), then clicks. */
export async function clickAt(page: Page, lngLat: Position): Promise<void> {
  const { x, y } = await pagePoint(page, lngLat);
  await page.mouse.move(x, y, { steps: 4 });
  await page.mouse.click(x, y);
}

/** Zooms the map in around a point with the mouse wheel, and waits for it to settle. */
export async function zoomInAt(page: Page, lngLat: Position, notches: number): Promise<void> {
  for (let i = 0; i < notches; i++) {
    const { x, y } = await pagePoint(page, lngLat);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(350);
  }
  await waitForMapIdle(page);
}

export async function chooseTool(page: Page, tool: string): Promise<void> {
  await page.locator(`pz-toolbar button[data-tool="${tool}"]`).click();
  await page.locator(`pz-toolbar button[data-tool="${tool}"][aria-pressed="true"]`).waitFor();
}

export async function command(page: Page, name: string): Promise<void> {
  await page.locator(`pz-toolbar button[data-command="${name}"]`).click();
}

/** Waits until the engine has taken every edit (the page's data version moved past `after`). */
export async function waitForEngine(page: Page, after: number): Promise<void> {
  await page.waitForFunction((v) => {
    const app = document.querySelector('pz-app') as unknown as { controller: { store: { getState(): { dataVersion: number } } } };
    return app.controller.store.getState().dataVersion > v;
  }, after, { timeout: 15_000 });
}

/** Presses at one point of the map, drags to another in small steps, and releases. */
export async function dragOnMap(page: Page, from: Position, to: Position): Promise<void> {
  const a = await pagePoint(page, from);
  const b = await pagePoint(page, to);
  await page.mouse.move(a.x, a.y, { steps: 3 });
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}
