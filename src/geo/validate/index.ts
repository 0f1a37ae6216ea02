/**
 * Validation and repair of imported GeoJSON (DESIGN.md §4): the public surface. Text is read by
 * `readGeoJsonText` in src/io/readGeoJson.ts, which ends here.
 */
export { validateGeoJson } from './validateGeoJson.ts';
export { REASONS, REASON_CODES, countByCode } from './report.ts';
export type { ImportReport, Message, ReasonCode, ReportEntry, Verdict } from './report.ts';
export type { CleanFeature, FeatureKind, ValidateOptions, ValidationResult } from './types.ts';
export { gaussKrugerToLonLat, lonLatToGaussKruger } from './gaussKruger.ts';
export { arealsOverlap } from './arealOverlap.ts';
export { findPolygonDefects } from './polygonDefects.ts';
export type { PolygonDefects } from './polygonDefects.ts';
