/**
 * The import report (DESIGN.md §4): every import ends in one, never in a crash or a silent
 * change. Reason codes are stable strings: the UI, the CLI and tests key on them.
 */

/** Stable reason codes. File-level refusals, per-feature skips, repairs and warnings. */
export const REASONS = {
  notJson: 'not-json',
  notGeoJson: 'not-geojson',
  empty: 'empty',
  noPolygons: 'no-polygons',
  badStructure: 'bad-structure',
  duplicateMember: 'duplicate-member',
  typeCase: 'type-case',
  bareGeometryWrapped: 'bare-geometry-wrapped',
  legacyCrs: 'legacy-crs',
  coordinatesOutOfRange: 'coordinates-out-of-range',
  coordinatesProjected: 'coordinates-projected',
  coordinatesSwapped: 'coordinates-swapped',
  stringCoordinate: 'string-coordinate',
  thirdCoordinate: 'third-coordinate',
  ringNotClosed: 'ring-not-closed',
  ringWinding: 'ring-winding',
  duplicateVertex: 'duplicate-vertex',
  spike: 'spike',
  tooFewVertices: 'too-few-vertices',
  selfIntersection: 'self-intersection',
  selfTouch: 'self-touch',
  holeOutsideShell: 'hole-outside-shell',
  holeTouchesShell: 'hole-touches-shell',
  partsOverlap: 'parts-overlap',
  overlap: 'overlap',
  outsideDistricts: 'outside-districts',
  duplicateId: 'duplicate-id',
  missingId: 'missing-id',
  missingProperties: 'missing-properties',
  nonPolygonFeature: 'non-polygon-feature',
  nullGeometry: 'null-geometry',
} as const;

export type ReasonCode = (typeof REASONS)[keyof typeof REASONS];

/** Every reason code, for exhaustive UI tables and tests. */
export const REASON_CODES: readonly ReasonCode[] = Object.values(REASONS);

/** A bilingual sentence: what is wrong, in planning words, and what to do. */
export interface Message {
  zh: string;
  en: string;
}

/** One line of the report. `featureIndex` is 0-based; messages count from 1 for people. */
export interface ReportEntry {
  code: ReasonCode;
  /** index of the feature in the file, or null for a file-level entry */
  featureIndex: number | null;
  /** the feature's id as written in the file, or null when it has none */
  featureId: string | null;
  messageZh: string;
  messageEn: string;
  /** machine-readable facts behind the message (line, column, areaM2, other feature…) */
  details?: Readonly<Record<string, string | number | null>>;
}

export type Verdict = 'refused' | 'imported';

export interface ImportReport {
  verdict: Verdict;
  /** why the whole file was refused (only when verdict is 'refused') */
  refused?: ReportEntry;
  repaired: ReportEntry[];
  warnings: ReportEntry[];
  skipped: ReportEntry[];
  /** features in the file (1 for a bare Feature or geometry, 0 when unreadable) */
  featureCount: number;
  /** features imported; when imported, importedCount + skipped.length === featureCount */
  importedCount: number;
}

/** Who an entry is about: a feature (index and id as written) or the whole file (null). */
export interface FeatureRef {
  index: number;
  id: string | null;
}

export function makeEntry(
  code: ReasonCode,
  ref: FeatureRef | null,
  message: Message,
  details?: Record<string, string | number | null>,
): ReportEntry {
  const entry: ReportEntry = {
    code,
    featureIndex: ref === null ? null : ref.index,
    featureId: ref === null ? null : ref.id,
    messageZh: message.zh,
    messageEn: message.en,
  };
  if (details !== undefined) entry.details = details;
  return entry;
}

/** The three lists an import fills while it reads the file. */
export interface ReportLists {
  repaired: ReportEntry[];
  warnings: ReportEntry[];
  skipped: ReportEntry[];
}

export function emptyLists(): ReportLists {
  return { repaired: [], warnings: [], skipped: [] };
}

/** A refusal: nothing imported, the caller keeps its current data. */
export function refusedReport(refused: ReportEntry, lists: ReportLists, featureCount: number): ImportReport {
  return { verdict: 'refused', refused, ...lists, featureCount, importedCount: 0 };
}

export function importedReport(lists: ReportLists, featureCount: number, importedCount: number): ImportReport {
  return { verdict: 'imported', ...lists, featureCount, importedCount };
}

/** How many entries of each code a list holds (for summaries such as "winding fixed on 812 plots"). */
export function countByCode(entries: readonly ReportEntry[]): Map<ReasonCode, number> {
  const counts = new Map<ReasonCode, number>();
  for (const e of entries) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  return counts;
}
