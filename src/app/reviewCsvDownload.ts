/**
 * Handing a Review table to the user as a CSV file Excel opens (UTF-8 with BOM, Chinese headers).
 */
import { csvTextOf } from '../io/csvExport.ts';
import { csvRowsOf } from '../state/reviewCsv.ts';
import type { ReviewTable } from '../state/reviewTable.ts';
import { isoDate, safeFileName, saveBlob } from './presentDownload.ts';

export function downloadReviewCsv(table: ReviewTable, now = new Date()): void {
  const text = csvTextOf(csvRowsOf(table));
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  saveBlob(blob, `${safeFileName(table.title.zh)}-${isoDate(now)}.csv`);
}
