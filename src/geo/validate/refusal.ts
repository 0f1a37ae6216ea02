/**
 * The refusal when every feature was skipped: "no polygons" when none had an areal geometry;
 * for a single feature, its own reason; else the reason shared by all areal features (or
 * 'bad-structure' when they differ), pointing to the list of skipped features.
 */
import * as say from './messages/coordinates.ts';
import type { ReasonCode, ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';
import type { FeatureKind } from './types.ts';

const NOT_AREAL: ReadonlySet<ReasonCode> = new Set<ReasonCode>([REASONS.nonPolygonFeature, REASONS.nullGeometry]);

export function refusalForSkips(skipped: readonly ReportEntry[], featureCount: number, kind: FeatureKind, geometryTypes: readonly string[]): ReportEntry {
  const codes = new Set(skipped.map((s) => s.code));
  if ([...codes].every((code) => NOT_AREAL.has(code))) {
    const types = [...new Set(geometryTypes)];
    const withoutGeometry = skipped.filter((s) => s.code === REASONS.nullGeometry).length;
    return makeEntry(REASONS.noPolygons, null, say.noPolygonsMessage(kind, featureCount, types, withoutGeometry), { types: types.join(',') });
  }
  const arealCodes = [...codes].filter((code) => !NOT_AREAL.has(code));
  const first = skipped.find((s) => !NOT_AREAL.has(s.code));
  if (featureCount === 1 && first !== undefined) {
    return makeEntry(first.code, null, say.onlyFeatureSkippedMessage({ zh: first.messageZh, en: first.messageEn }));
  }
  const code = arealCodes.length === 1 && first !== undefined ? first.code : REASONS.badStructure;
  return makeEntry(code, null, say.nothingImportableMessage(kind, featureCount));
}
