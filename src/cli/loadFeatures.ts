import type { Areal } from '../domain/geometry.ts';
import { readGeoJsonText } from '../io/readGeoJson.ts';
import type { FeatureKind, ValidationResult } from '../geo/validate/types.ts';
import type { ReportEntry } from '../geo/validate/report.ts';
import { CliError, EXIT_REFUSED } from './cliError.ts';
import type { Language } from './main.ts';
import type { Output } from './output.ts';
import { readTextFile } from './readInput.ts';
import { label } from './labels.ts';

export function entryMessage(entry: ReportEntry, lang: Language): string {
  return lang === 'zh' ? entry.messageZh : entry.messageEn;
}

/** Reads and validates a file; prints nothing unless it is refused (then throws). */
export async function validateFile(path: string, kind: FeatureKind, districts?: readonly Areal[]): Promise<ValidationResult> {
  const text = await readTextFile(path);
  return readGeoJsonText(text, { kind, districts });
}

/**
 * Reads a file for a command that needs its features: a refused file is a one-line error
 * (exit 1); repairs, warnings and skips are summarised in one line on stderr.
 */
export async function loadFeatures(
  path: string,
  kind: FeatureKind,
  lang: Language,
  output: Output,
  districts?: readonly Areal[],
): Promise<ValidationResult> {
  const result = await validateFile(path, kind, districts);
  const { report } = result;
  if (report.verdict === 'refused') {
    const reason = report.refused ? entryMessage(report.refused, lang) : label(lang, 'refused');
    throw new CliError(`parkzone: ${path}: ${reason}`, EXIT_REFUSED);
  }
  const counts = [
    [report.repaired.length, label(lang, 'repaired')],
    [report.warnings.length, label(lang, 'warnings')],
    [report.skipped.length, label(lang, 'skipped')],
  ] as const;
  const notable = counts.filter(([n]) => n > 0).map(([n, name]) => `${name} ${n}`);
  if (notable.length > 0) output.err(`parkzone: ${path}: ${notable.join(', ')} (${label(lang, 'seeValidate')})`);
  return result;
}
