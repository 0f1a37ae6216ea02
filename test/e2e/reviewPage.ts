/**
 * Reading Review mode in the browser: entering it, the dashboard's tables as the numbers their
 * cells carry (`data-value`, unrounded), and the CLI's `parkzone stats --json` for comparison.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { msg } from '../../src/i18n/locale.ts';
import type { ZoneStats } from '../../src/stats/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A table as read from the page: row key → column key → the cell's value ('' for no data) or text. */
export type PageTable = Map<string, Map<string, string>>;

export interface CliStats extends ZoneStats {
  compliance: Record<string, Record<string, { pass: number; fail: number; 'no-data': number }>>;
}

/** `parkzone stats … --json` on the sample data, run as a user would. */
export function cliStats(): CliStats {
  const d = (name: string): string => resolve(ROOT, 'data', name);
  const out = execFileSync('npx', ['parkzone', 'stats', d('districts.geojson'), d('plots.geojson'), '--parks', d('parks.geojson'), '--json'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as CliStats;
}

export async function enterReview(page: Page): Promise<void> {
  await page.locator('[data-testid="mode-switch"] button', { hasText: msg('zh', 'mode.review') }).click();
  await page.locator('pz-review-table[data-id="failing"] table, pz-review-table[data-id="failing"] p').first().waitFor({ timeout: 60_000 });
}

export async function readTable(page: Page, tableId: string): Promise<PageTable> {
  const rows = await page.locator(`pz-review-dashboard pz-review-table[data-id="${tableId}"] tbody tr`).evaluateAll((trs) =>
    trs.map((tr): [string, [string, string][]] => [
      tr.getAttribute('data-row') ?? '',
      [...tr.querySelectorAll('td')].map((td): [string, string] => [td.getAttribute('data-col') ?? '', td.getAttribute('data-value') ?? td.textContent ?? '']),
    ]));
  return new Map(rows.map(([key, cells]) => [key, new Map(cells)]));
}

/** The number in a cell, or null for no data; throws when the cell is missing. */
export function cellNumber(table: PageTable, row: string, col: string): number | null {
  const value = table.get(row)?.get(col);
  if (value === undefined) throw new Error(`no cell ${row} / ${col}`);
  return value === '' ? null : Number(value);
}
