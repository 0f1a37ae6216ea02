/**
 * The engine side of the core: the validator and the zone engine. Runs inside the engine worker,
 * and in Node for the end-to-end tests' expected values, so both use the very same functions.
 * With coreViews.ts (the light, main-thread side), the only code that calls the core: if a core
 * signature shifts, only these two files change.
 */
import { readGeoJsonText } from '../io/readGeoJson.ts';
import type { ZoneEngine } from '../stats/engine.ts';
import { buildZoneEngine } from '../io/zoneEngine.ts';
import { presetOf } from './coreViews.ts';
import type { ComplianceVerdict, IndicatorCompliance, PlotFigures, ZoneStats } from '../stats/types.ts';
import type { ImportReport, PlotThemeValue, ReportEntry } from './engineProtocol.ts';
import type { LayerKind, SourceFeature } from './types.ts';

type ValidatorResult = ReturnType<typeof readGeoJsonText>;
type ValidatorEntry = ValidatorResult['report']['repaired'][number];


function entryOf(entry: ValidatorEntry): ReportEntry {
  const { code, featureIndex, featureId, messageZh, messageEn } = entry;
  return { code, featureIndex, featureId, messageZh, messageEn };
}

/** The validator's verdict on a file, and the features it accepted. */
export function validateText(
  kind: LayerKind,
  text: string,
  districts: readonly SourceFeature[],
): { report: ImportReport; features: SourceFeature[] } {
  const result = readGeoJsonText(text, { kind, districts: districts.map((d) => d.geometry) });
  const report = result.report;
  const features: SourceFeature[] = report.verdict === 'refused' ? [] : result.features.map((f) => ({
    index: f.index, id: f.id, geometry: f.geometry, properties: f.properties,
  }));
  return {
    report: {
      verdict: report.verdict,
      refused: report.refused ? entryOf(report.refused) : null,
      repaired: report.repaired.map(entryOf),
      warnings: report.warnings.map(entryOf),
      skipped: report.skipped.map(entryOf),
      importedCount: features.length,
    },
    features,
  };
}

/** The engine over one set of districts, parks and plots, with the given threshold preset. */
export function buildEngine(
  data: Readonly<Record<LayerKind, readonly SourceFeature[]>>,
  presetId: string,
): ZoneEngine {
  return buildZoneEngine(data, presetOf(presetId));
}

/** Switches the engine to another threshold preset (figures are recomputed on demand). */
export function usePreset(engine: ZoneEngine, presetId: string): void {
  const preset = presetOf(presetId);
  if (engine.thresholds() !== preset) engine.setThresholds(preset);
}

export function zoneStatsOf(engine: ZoneEngine): ZoneStats {
  return engine.stats();
}

/** The engine's figures for one plot, or null when the plot is not in the engine. */
export function plotFiguresOf(engine: ZoneEngine, plotId: string): PlotFigures | null {
  return engine.plotFigures(plotId) ?? null;
}

/** One verdict for a plot: fail if any indicator fails, pass if all checked pass, else no data. */
export function overallVerdict(compliance: readonly IndicatorCompliance[]): ComplianceVerdict {
  if (compliance.some((c) => c.verdict === 'fail')) return 'fail';
  if (compliance.length > 0 && compliance.every((c) => c.verdict === 'pass')) return 'pass';
  return 'no-data';
}

/** Class and overall compliance of every plot, for the map themes that colour by figures. */
export function plotThemeValuesOf(engine: ZoneEngine, plotIds: readonly string[]): PlotThemeValue[] {
  const values: PlotThemeValue[] = [];
  for (const id of plotIds) {
    const figures = plotFiguresOf(engine, id);
    if (figures === null) continue;
    values.push({ id, efficiencyClass: figures.efficiencyClass, compliance: overallVerdict(figures.compliance) });
  }
  return values;
}
