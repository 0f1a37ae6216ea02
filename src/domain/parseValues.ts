/**
 * Readers of single property values as they come from CAD exports, spreadsheets and hand edits:
 * a number may arrive as a numeric string, a flag as "是"/"yes"/1. Each reader returns the value,
 * `undefined` for an absent value (missing, null, empty text: "no data", not a problem), or an
 * `Invalid` naming why the value cannot be used.
 */

export interface Invalid {
  invalid: 'not-a-number' | 'negative' | 'not-a-boolean' | 'not-text';
}

export type ValueReading<T> = T | undefined | Invalid;

export function isInvalid<T>(reading: ValueReading<T>): reading is Invalid {
  return typeof reading === 'object' && reading !== null && 'invalid' in reading;
}

/** A property of the bag itself, never one inherited from Object.prototype. */
export function ownValue(properties: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(properties, key) ? properties[key] : undefined;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number ≥ 0, given as a number or as numeric text ("12.5", " 3e2 "). */
export function readNonNegativeNumber(value: unknown): ValueReading<number> {
  if (isAbsent(value)) return undefined;
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && NUMERIC_TEXT.test(value.trim())) n = Number(value.trim());
  else return { invalid: 'not-a-number' };
  if (!Number.isFinite(n)) return { invalid: 'not-a-number' };
  if (n < 0) return { invalid: 'negative' };
  return n;
}

const TRUE_TEXT = new Set(['true', 'yes', 'y', '1', '是', '√']);
const FALSE_TEXT = new Set(['false', 'no', 'n', '0', '否', '×']);

/** A flag: a boolean, 1/0, or text such as "true", "yes", "是" / "false", "no", "否". */
export function readBoolean(value: unknown): ValueReading<boolean> {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (TRUE_TEXT.has(text)) return true;
    if (FALSE_TEXT.has(text)) return false;
  }
  return { invalid: 'not-a-boolean' };
}

/** Text, trimmed; a number is read as its decimal text. */
export function readText(value: unknown): ValueReading<string> {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return { invalid: 'not-text' };
}

/**
 * A land-use code as text. A code given as a number lost its leading zero in a spreadsheet
 * (701 for "0701"); it is padded back to an even number of digits.
 */
export function readLandUseCode(value: unknown): ValueReading<string> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    const digits = String(value);
    return digits.length % 2 === 1 ? `0${digits}` : digits;
  }
  return readText(value);
}

/** A short, safe rendering of a bad value for a message (shown as text, never as HTML). */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'object' && value !== null) text = Array.isArray(value) ? 'a list' : 'an object';
  else text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
