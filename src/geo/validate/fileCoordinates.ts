/**
 * Settles the coordinate system of the whole file before any feature is checked: warns about a
 * legacy `crs` member, swaps longitude and latitude, or converts Gauss–Krüger metres, each with
 * one file-level warning. Refuses when the numbers are metres of an unknown zone or projection,
 * rather than draw the zone in the ocean.
 */
import type { PolygonList } from './coordinatesRead.ts';
import { applyCoordinateDecision } from './coordinateTransform.ts';
import { decideCoordinateSystem } from './coordinateSystem.ts';
import { readLegacyCrs } from './legacyCrs.ts';
import * as say from './messages/coordinates.ts';
import type { ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';

export type CoordinatesSettled = { ok: true; warnings: ReportEntry[] } | { ok: false; refusal: ReportEntry; warnings: ReportEntry[] };

function validMeridian(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) && Math.abs(value) <= 180 ? value : null;
}

/** Rewrites the features' positions to [lon, lat] in place (the arrays are the validator's own). */
export function settleCoordinates(features: readonly PolygonList[], crs: unknown, centralMeridianOption: number | undefined): CoordinatesSettled {
  const warnings: ReportEntry[] = [];
  const legacy = readLegacyCrs(crs);
  if (legacy !== null) warnings.push(makeEntry(REASONS.legacyCrs, null, say.legacyCrsMessage(legacy.name, legacy.reading), { crs: legacy.name }));
  const knownMeridian = validMeridian(centralMeridianOption) ?? legacy?.centralMeridianDeg ?? null;
  const decision = decideCoordinateSystem(features, knownMeridian);
  switch (decision.kind) {
    case 'lonlat':
      return { ok: true, warnings };
    case 'zone-unknown': {
      const refusal = makeEntry(REASONS.coordinatesProjected, null, say.projectedZoneUnknownMessage(decision.sample), sampleDetails(decision.sample));
      return { ok: false, refusal, warnings };
    }
    case 'unknown-projection': {
      const refusal = makeEntry(REASONS.coordinatesProjected, null, say.unknownProjectionMessage(decision.sample), sampleDetails(decision.sample));
      return { ok: false, refusal, warnings };
    }
    case 'swapped':
      applyCoordinateDecision(features, decision);
      warnings.push(makeEntry(REASONS.coordinatesSwapped, null, say.swappedMessage(decision.sample), sampleDetails(decision.sample)));
      return { ok: true, warnings };
    case 'gauss-kruger': {
      const meridians = applyCoordinateDecision(features, decision);
      const message = say.projectedConvertedMessage(meridians, decision.northingFirst);
      const details = { ...sampleDetails(decision.sample), centralMeridianDeg: meridians.join(','), northingFirst: decision.northingFirst ? 1 : 0 };
      warnings.push(makeEntry(REASONS.coordinatesProjected, null, message, details));
      return { ok: true, warnings };
    }
  }
}

function sampleDetails(sample: readonly number[]): Record<string, number> {
  return { sampleX: sample[0] as number, sampleY: sample[1] as number };
}
