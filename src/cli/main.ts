import { parseArgs } from 'node:util';
import { CliError, EXIT_OK, EXIT_REFUSED } from './cliError.ts';
import { processOutput, type Output } from './output.ts';
import { runStats } from './commands/stats.ts';
import { runArea } from './commands/area.ts';
import { runValidate } from './commands/validate.ts';
import type { FeatureKind } from '../geo/validate/types.ts';

const USAGE = `usage:
  parkzone stats <districts> <plots> [--parks FILE] [--thresholds FILE] [--json|--csv] [--lang zh|en]
  parkzone area <file> [--json]
  parkzone validate <file> [--kind plots|parks|districts] [--districts FILE] [--json] [--lang zh|en]`;

const OPTIONS = {
  parks: { type: 'string' },
  thresholds: { type: 'string' },
  districts: { type: 'string' },
  kind: { type: 'string', default: 'plots' },
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  lang: { type: 'string', default: 'zh' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export type Language = 'zh' | 'en';

export interface ParsedCommand {
  command: string;
  files: string[];
  parks?: string;
  thresholds?: string;
  districts?: string;
  kind: FeatureKind;
  json: boolean;
  csv: boolean;
  lang: Language;
}

/** Parses the argument list; a wrong argument is a CliError naming it. */
export function parseCommand(argv: readonly string[]): ParsedCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`parkzone: ${(error as Error).message.split('\n')[0]} (see parkzone --help)`, EXIT_REFUSED);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return 'help';
  const [command = '', ...files] = positionals;
  if (values.lang !== 'zh' && values.lang !== 'en') {
    throw new CliError(`parkzone: --lang must be zh or en, not "${values.lang}"`, EXIT_REFUSED);
  }
  if (values.kind !== 'plots' && values.kind !== 'parks' && values.kind !== 'districts') {
    throw new CliError(`parkzone: --kind must be plots, parks or districts, not "${values.kind}"`, EXIT_REFUSED);
  }
  if (values.json && values.csv) throw new CliError('parkzone: choose one of --json and --csv', EXIT_REFUSED);
  return { command, files, parks: values.parks, thresholds: values.thresholds, districts: values.districts, kind: values.kind,
    json: values.json, csv: values.csv, lang: values.lang };
}

function expectFiles(parsed: ParsedCommand, count: number, names: string): void {
  if (parsed.files.length !== count) {
    throw new CliError(`parkzone ${parsed.command}: expected ${names}, got ${parsed.files.length} file argument(s)`, EXIT_REFUSED);
  }
}

/** Runs the command line; returns the exit code. Never throws. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  try {
    const parsed = parseCommand(argv);
    if (parsed === 'help') {
      output.out(USAGE);
      return EXIT_OK;
    }
    switch (parsed.command) {
      case 'stats':
        expectFiles(parsed, 2, '<districts> <plots>');
        return await runStats(parsed, output);
      case 'area':
        expectFiles(parsed, 1, '<file>');
        return await runArea(parsed, output);
      case 'validate':
        expectFiles(parsed, 1, '<file>');
        return await runValidate(parsed, output);
      default:
        throw new CliError(`parkzone: unknown command "${parsed.command}" (stats, area or validate)`, EXIT_REFUSED);
    }
  } catch (error) {
    if (error instanceof CliError) {
      output.err(error.message);
      return error.exitCode;
    }
    output.err(`parkzone: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 70;
  }
}
