/**
 * geojson-validation's list of structural problems, as technical detail behind a plain-words
 * message (never shown alone). The library throws on some inputs (an empty ring makes it read
 * `coordinates[0].toString()` of undefined); that is caught here and turned into a line.
 */
import * as gjv from 'geojson-validation';

/** Problems geojson-validation finds in a Feature (at most `limit`, joined with "; "). */
export function featureStructureTrace(feature: unknown, limit = 5): string {
  return traceOf(() => gjv.isFeature(feature, true), limit);
}

function traceOf(run: () => boolean | string[], limit: number): string {
  try {
    const trace = run();
    if (!Array.isArray(trace)) return '';
    const shown = trace.slice(0, limit).join('; ');
    return trace.length > limit ? `${shown}; … (${trace.length - limit} more)` : shown;
  } catch (error) {
    return `geojson-validation stopped: ${error instanceof Error ? error.message : String(error)}`;
  }
}
