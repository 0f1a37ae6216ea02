/** Exit codes of the `parkzone` command. */
export const EXIT_OK = 0;
/** The input was read but refused (validate), or the arguments are wrong. */
export const EXIT_REFUSED = 1;
/** A file cannot be read at all (missing, unreadable, a directory). */
export const EXIT_UNREADABLE = 2;

/** An expected failure: printed as one line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
