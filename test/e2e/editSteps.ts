/**
 * Steps shared by the editing tests: values the page shows, the engine settling after an edit,
 * and bringing a place into view.
 */
import type { Page } from 'playwright-core';
import type { Position } from '../../src/domain/geometry.ts';
import { editState, waitForEngine, zoomInAt, type PageEditState } from './editPage.ts';
import { assert } from './harness.ts';

/** The page opened by the first editing test, shared by the ones after it. */
export interface EditSession {
  page: Page;
  /** the id of the plot drawn by the first test */
  drawnId: string;
  /** how many undoable edits the tests have made so far */
  edits: number;
}

export async function dataValue(page: Page, selector: string): Promise<number> {
  const value = await page.locator(selector).first().getAttribute('data-value', { timeout: 10_000 });
  assert(value !== null && value !== '', `${selector} shows no value`);
  return Number(value);
}

export async function districtFigure(page: Page, districtId: string, key: string): Promise<number> {
  await page.locator(`pz-district-list button[data-district="${districtId}"]`).click();
  await page.locator(`[data-testid="district-figures"] td[data-key="${key}"]`).waitFor({ timeout: 10_000 });
  return dataValue(page, `[data-testid="district-figures"] td[data-key="${key}"]`);
}

/** Waits until the engine has the edit and the district list shows its figures again. */
export async function settle(page: Page, versionBefore: number): Promise<PageEditState> {
  await waitForEngine(page, versionBefore);
  await page.waitForFunction(() => {
    const list = document.querySelector('pz-app')?.shadowRoot?.querySelector('pz-district-list')?.shadowRoot;
    return [...(list?.querySelectorAll('.occupancy') ?? [])].every((cell) => cell.textContent !== '…');
  });
  return editState(page);
}

/** Shows the whole zone, then zooms in around a point with the mouse wheel. */
export async function focusOn(page: Page, lngLat: Position, notches: number): Promise<void> {
  await page.locator('pz-map [data-testid="fit-zone"]').click();
  await page.waitForTimeout(1200);
  await zoomInAt(page, lngLat, notches);
}

export function plotOf(state: PageEditState, id: string): PageEditState['plots'][number] {
  const plot = state.plots.find((p) => p.id === id);
  assert(plot !== undefined, `plot ${id} is not in the page's state`);
  return plot;
}
