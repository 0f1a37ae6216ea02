/**
 * Identifiers of stored records. Sketch ids never equal 'baseline' (they carry a prefix);
 * version ids start with the save time in fixed-width base 36, so their key order is time order.
 */

function randomPart(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function newSketchId(): string {
  return `sketch-${randomPart()}`;
}

export function newQuarantineId(): string {
  return `quarantine-${randomPart()}`;
}

/** Sorts by `savedAtMs` (until the year 5138), then randomly among equal times. */
export function newVersionId(savedAtMs: number): string {
  return `${Math.max(0, Math.floor(savedAtMs)).toString(36).padStart(9, '0')}-${randomPart()}`;
}
