import type { Areal } from '../../domain/geometry.ts';
import type { ImportReport } from './report.ts';

/** What the file is meant to hold; it names the features in messages (地块 / 片区 / 园中园). */
export type FeatureKind = 'districts' | 'parks' | 'plots';

export interface ValidateOptions {
  kind: FeatureKind;
  /** district outlines; when given, plots and parks outside every district are warned about */
  districts?: readonly Areal[];
  /**
   * Central meridian (degrees east) of the Gauss–Krüger zone, for projected CGCS2000 input
   * whose eastings carry no zone prefix. Ignored for lon/lat input.
   */
  gaussKrugerCentralMeridianDeg?: number;
  /** the file's text, for checks JSON.parse cannot do (a member written twice) */
  rawText?: string;
}

/** A feature that passed: geometry repaired, properties verbatim (own keys such as `__proto__` kept). */
export interface CleanFeature {
  /** index of the feature in the file (0-based) */
  index: number;
  /** unique within the import: the file's id, renamed `-2`, `-3`… on a repeat, or generated */
  id: string;
  geometry: Areal;
  properties: Record<string, unknown>;
}

export interface ValidationResult {
  report: ImportReport;
  /** empty when the file was refused */
  features: CleanFeature[];
}
