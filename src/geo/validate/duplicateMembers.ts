/**
 * Finds object members written twice in JSON text. JSON.parse silently keeps the last one, so
 * `{"type": "FeatureCollection", "type": "Feature"}` would be read as something it may not be.
 * Runs on text JSON.parse has accepted (so the text is well formed) in one linear pass.
 */

/** Members whose repetition makes the structure ambiguous: the file is refused. */
const STRUCTURAL_MEMBERS: ReadonlySet<string> = new Set([
  'type', 'coordinates', 'geometry', 'geometries', 'features', 'properties', 'crs',
]);

export interface DuplicateMember {
  member: string;
  /** 1-based line of the second occurrence */
  line: number;
  /** true for a structural member outside a property table (refuse); false for an attribute (warn) */
  structural: boolean;
}

interface Frame {
  isObject: boolean;
  keys: Set<string> | null;
  inProperties: boolean;
  expectKey: boolean;
}

const QUOTE = 34;
const BACKSLASH = 92;

/** Duplicate members in well-formed JSON text, in order of appearance (at most `limit`). */
export function findDuplicateMembers(text: string, limit = 20): DuplicateMember[] {
  const found: DuplicateMember[] = [];
  const stack: Frame[] = [];
  let pendingKey: string | null = null;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (top !== undefined && top.isObject && top.expectKey) {
        const key = readKey(text, i, end);
        const keys = (top.keys ??= new Set());
        if (keys.has(key)) found.push({ member: key, line: lineAt(text, i), structural: !top.inProperties && STRUCTURAL_MEMBERS.has(key) });
        keys.add(key);
        pendingKey = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const inProperties = top !== undefined && (top.inProperties || (top.isObject && pendingKey === 'properties'));
      stack.push({ isObject: c === 123, keys: null, inProperties, expectKey: c === 123 });
      pendingKey = null;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
    } else if (c === 44 /* , */ && top !== undefined && top.isObject) {
      top.expectKey = true;
      pendingKey = null;
    }
  }
  return found;
}

/** Index of the closing quote of the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return text.length - 1;
    let backslashes = 0;
    for (let j = close - 1; j > start && text.charCodeAt(j) === BACKSLASH; j--) backslashes++;
    if (backslashes % 2 === 0) return close;
    i = close + 1;
  }
}

function readKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (raw.indexOf('\\') < 0) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch (cause) {
    // only reachable on text JSON.parse has not accepted; the raw spelling is the best name
    void cause;
    return raw;
  }
}

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
