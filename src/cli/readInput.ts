import { readFile } from 'node:fs/promises';
import { CliError, EXIT_UNREADABLE } from './cliError.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads a text file; any failure is a one-line CliError with exit code 2. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`parkzone: cannot read ${path}: ${REASONS[code] ?? code ?? 'unknown error'}`, EXIT_UNREADABLE);
  }
}
