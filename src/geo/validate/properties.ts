/**
 * Property tables copied verbatim: every own key is data, including `__proto__`,
 * `constructor` and `@id`. Keys are defined, never assigned, so `__proto__` stays an ordinary
 * key and never becomes the prototype. Values are shared, not cloned (the import never writes).
 */

/** A plain object with the same own enumerable keys and values, in the same order. */
export function copyProperties(source: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    Object.defineProperty(copy, key, {
      value: source[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** Reads an own member only (never one inherited through the prototype chain). */
export function ownMember(object: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function hasOwnMember(object: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
