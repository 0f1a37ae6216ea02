import type { ImportReport, ReportEntry } from '../../geo/validate/report.ts';
import { EXIT_OK, EXIT_REFUSED } from '../cliError.ts';
import type { Language, ParsedCommand } from '../main.ts';
import type { Output } from '../output.ts';
import { entryMessage, validateFile } from '../loadFeatures.ts';
import { label } from '../labels.ts';

function entryLine(entry: ReportEntry, lang: Language): string {
  return `  [${entry.code}] ${entryMessage(entry, lang)}`;
}

function section(title: string, entries: readonly ReportEntry[], lang: Language): string[] {
  return entries.length === 0 ? [] : [`${title} (${entries.length}):`, ...entries.map((e) => entryLine(e, lang))];
}

export function renderReport(path: string, report: ImportReport, lang: Language): string {
  const t = (key: Parameters<typeof label>[1]): string => label(lang, key);
  if (report.verdict === 'refused') {
    return [`${path}: ${t('refused')}`, ...(report.refused ? [entryLine(report.refused, lang)] : [])].join('\n');
  }
  const head = `${path}: ${t('imported')} — ${report.importedCount}/${report.featureCount} ${t('features')}`;
  return [
    head,
    ...section(t('repaired'), report.repaired, lang),
    ...section(t('warnings'), report.warnings, lang),
    ...section(t('skipped'), report.skipped, lang),
  ].join('\n');
}

/** `parkzone validate <file>`: the report; exit 0 importable, 1 refused, 2 unreadable. */
export async function runValidate(parsed: ParsedCommand, output: Output): Promise<number> {
  const [file = ''] = parsed.files;
  let districts;
  if (parsed.districts !== undefined) {
    const districtResult = await validateFile(parsed.districts, 'districts');
    districts = districtResult.features.map((f) => f.geometry);
  }
  const { report } = await validateFile(file, parsed.kind, districts);
  output.out(parsed.json ? JSON.stringify(report, null, 2) : renderReport(file, report, parsed.lang));
  return report.verdict === 'refused' ? EXIT_REFUSED : EXIT_OK;
}
