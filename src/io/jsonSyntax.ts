/**
 * Where JSON text breaks, found by a small strict scanner (RFC 8259), because JSON.parse's
 * messages differ between engines and some give no position at all. Used only after
 * JSON.parse has failed, to tell the user the line and column and what kind of break it is.
 */
import type { JsonProblem } from '../geo/validate/messages/file.ts';

export interface JsonSyntaxError {
  /** character offset of the break */
  offset: number;
  /** 1-based line and column */
  line: number;
  column: number;
  problem: JsonProblem;
}

class Break {
  constructor(readonly offset: number) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * The first syntax error in `text`, or null when the text is well-formed JSON (or nested too
 * deeply for the scanner to tell, which JSON.parse will have reported on its own).
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let offset: number;
  try {
    const end = skipSpace(text, readValue(text, skipSpace(text, 0)));
    if (end === text.length) return null;
    offset = end;
  } catch (error) {
    if (!(error instanceof Break)) return null;
    offset = error.offset;
  }
  const problem: JsonProblem = offset >= text.length ? { kind: 'truncated' } : { kind: 'unexpected', character: text.charAt(offset) };
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = countLines(text, offset);
  return { offset, line, column: offset - lineStart + 1, problem };
}

function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  return i;
}

function expect(text: string, i: number, character: string): number {
  if (text.charAt(i) !== character) throw new Break(i);
  return i + 1;
}

/** Reads one value starting at i (no leading space); returns the offset after it. */
function readValue(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '{') return readObject(text, i);
  if (c === '[') return readArray(text, i);
  if (c === '"') return readString(text, i);
  for (const word of LITERALS) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  throw new Break(i);
}

function readObject(text: string, i: number): number {
  i = skipSpace(text, i + 1);
  if (text.charAt(i) === '}') return i + 1;
  for (;;) {
    i = skipSpace(text, expect(text, skipSpace(text, readString(text, i)), ':'));
    i = skipSpace(text, readValue(text, i));
    if (text.charAt(i) === '}') return i + 1;
    i = skipSpace(text, expect(text, i, ','));
  }
}

function readArray(text: string, i: number): number {
  i = skipSpace(text, i + 1);
  if (text.charAt(i) === ']') return i + 1;
  for (;;) {
    i = skipSpace(text, readValue(text, i));
    if (text.charAt(i) === ']') return i + 1;
    i = skipSpace(text, expect(text, i, ','));
  }
}

function readString(text: string, i: number): number {
  i = expect(text, i, '"');
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c < 0x20) throw new Break(i);
    if (c === 92) {
      const e = text.charAt(i + 1);
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Break(i);
        i += 6;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
      else throw new Break(i);
    } else i++;
  }
  throw new Break(i);
}
