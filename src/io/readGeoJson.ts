/**
 * Reads GeoJSON text for import: strips a byte-order mark, refuses empty and non-JSON text in
 * plain words (with the line and column of the break), then validates and repairs
 * (geo/validate). Never throws on bad input; a refused file yields no features and the caller
 * keeps its current data.
 */
import { notJsonMessage, emptyFileMessage } from '../geo/validate/messages/file.ts';
import { REASONS, emptyLists, makeEntry, refusedReport } from '../geo/validate/report.ts';
import type { ReportEntry } from '../geo/validate/report.ts';
import type { ValidateOptions, ValidationResult } from '../geo/validate/types.ts';
import { validateGeoJson } from '../geo/validate/validateGeoJson.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';

export type ReadOptions = Omit<ValidateOptions, 'rawText'>;

function refusedText(entry: ReportEntry): ValidationResult {
  return { report: refusedReport(entry, emptyLists(), 0), features: [] };
}

/** Why JSON.parse refused the text, in plain words, with the place where it breaks. */
function notJsonEntry(text: string, cause: unknown): ReportEntry {
  const found = findJsonSyntaxError(text);
  const message = found === null ? notJsonMessage({ kind: 'other' }, null, null) : notJsonMessage(found.problem, found.line, found.column);
  const parserMessage = cause instanceof Error ? cause.message : String(cause);
  return makeEntry(REASONS.notJson, null, message, { line: found?.line ?? null, column: found?.column ?? null, parserMessage });
}

export function readGeoJsonText(text: string, options: ReadOptions): ValidationResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refusedText(makeEntry(REASONS.empty, null, emptyFileMessage()));
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (cause) {
    return refusedText(notJsonEntry(body, cause));
  }
  return validateGeoJson(value, { ...options, rawText: body });
}
