/**
 * Messages between the page and the engine worker. The worker owns the core engine and the
 * source data it was built from; the page asks for figures and receives plain data.
 */
import type { ComplianceVerdict, EfficiencyClass, PlotFigures, ZoneStats } from '../stats/types.ts';
import type { LayerKind, SourceFeature } from './types.ts';
import type { ReviewRequest, ReviewResponses } from './presetProtocol.ts';

/** One line of an import report, in both languages. */
export interface ReportEntry {
  code: string;
  /** index of the feature in the file; null for the whole file */
  featureIndex: number | null;
  featureId: string | null;
  messageZh: string;
  messageEn: string;
}

/** What the validator said about a file, shaped for the UI. */
export interface ImportReport {
  verdict: 'refused' | 'imported';
  refused: ReportEntry | null;
  repaired: readonly ReportEntry[];
  warnings: readonly ReportEntry[];
  skipped: readonly ReportEntry[];
  importedCount: number;
}

/** The engine's values for the plot themes that colour by figures, not properties. */
export interface PlotThemeValue {
  id: string;
  efficiencyClass: EfficiencyClass | null;
  compliance: ComplianceVerdict;
}

export type EngineRequest =
  | { op: 'validate'; kind: LayerKind; text: string }
  | { op: 'commit'; importId: number }
  | { op: 'discard'; importId: number }
  | { op: 'stats' }
  | { op: 'plotFigures'; plotId: string; presetId: string }
  | { op: 'plotThemeValues'; presetId: string }
  // Review mode (reviewFigures.ts): every plot's figures, for compliance counts and classes
  | { op: 'reviewPlots'; presetId: string }
  // editing (editEngineOps.ts): committed edits plot by plot, and provisional shapes for previews
  | { op: 'applyEdit'; upsert: SourceFeature[]; remove: string[] }
  | { op: 'previewEdit'; features: SourceFeature[]; presetId: string }
  | { op: 'endPreview' }
  // Review mode (presetProtocol.ts): user presets and overlay figures
  | ReviewRequest;

export interface EngineResponses extends ReviewResponses {
  validate: { importId: number; report: ImportReport };
  commit: { dataVersion: number; kind: LayerKind; features: SourceFeature[] };
  discard: { dataVersion: number };
  stats: { dataVersion: number; stats: ZoneStats };
  plotFigures: { dataVersion: number; figures: PlotFigures | null };
  plotThemeValues: { dataVersion: number; values: PlotThemeValue[] };
  reviewPlots: { dataVersion: number; figures: PlotFigures[] };
  applyEdit: { dataVersion: number };
  /** the zone's figures with the provisional shapes in, and the figures of those shapes */
  previewEdit: { dataVersion: number; stats: ZoneStats; figures: PlotFigures[] };
  endPreview: { dataVersion: number };
}

export type EngineOp = EngineRequest['op'];
export type RequestOf<O extends EngineOp> = Extract<EngineRequest, { op: O }>;

/** A request on the wire, numbered so its answer can be matched. */
export interface EngineEnvelope {
  requestId: number;
  request: EngineRequest;
}

/** The answer on the wire: a result, or an error message (a programmer error in the worker). */
export type EngineAnswer =
  | { requestId: number; ok: true; result: EngineResponses[EngineOp] }
  | { requestId: number; ok: false; errorText: string };
