/**
 * A sketch as a file: export the open sketch (with its latest edits) as one GeoJSON
 * FeatureCollection, and import such a file as a new sketch after the core validator's report.
 * The file code (and the validator it reads with) is loaded only when a file is handled.
 */
import type { ImportReport as CoreReport, ReportEntry as CoreEntry } from '../geo/validate/report.ts';
import type { ImportReport, ReportEntry } from '../state/engineProtocol.ts';
import { presetOf } from '../state/coreViews.ts';
import { sketchFeaturesOf } from '../state/sketchModel.ts';
import type { SketchText } from '../state/sketchTypes.ts';
import type { SketchSession } from './sketchSession.ts';
import { refreshLists } from './sketchCommands.ts';

function entryOf(entry: CoreEntry): ReportEntry {
  const { code, featureIndex, featureId, messageZh, messageEn } = entry;
  return { code, featureIndex, featureId, messageZh, messageEn };
}

/** The core validator's report, shaped as the import dialog shows it. */
export function reportViewOf(report: CoreReport): ImportReport {
  return {
    verdict: report.verdict, refused: report.refused === undefined ? null : entryOf(report.refused),
    repaired: report.repaired.map(entryOf), warnings: report.warnings.map(entryOf), skipped: report.skipped.map(entryOf),
    importedCount: report.importedCount,
  };
}

/** A file name the planner recognises, without characters file systems refuse. */
export function exportFileName(name: string): string {
  const printable = [...name].map((c) => (c.charCodeAt(0) < 32 ? '_' : c)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'sketch';
  return `${safe}.parkzone.geojson`;
}

export async function exportCurrent(session: SketchSession): Promise<void> {
  const stored = session.stored;
  if (stored === null) return;
  const { exportSketchFile } = await import('../io/sketchFile.ts');
  const features = sketchFeaturesOf(session.state.data.plots);
  const text = exportSketchFile({ ...stored, features, updatedAtMs: Date.now() }, { thresholds: presetOf(stored.thresholdPresetId) });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/geo+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(stored.name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function importFile(session: SketchSession, file: File): Promise<void> {
  const { store } = session;
  const fileName = file.name;
  store.dispatch({ type: 'sketch-import-shown', view: { fileName, step: 'checking', report: null, notes: [] } });
  const [{ importSketchFile }, text] = await Promise.all([import('../io/sketchFile.ts'), file.text()]);
  const result = importSketchFile(text);
  const notes: SketchText[] = [...result.report.metadata, ...(result.report.refused === undefined ? [] : [result.report.refused])];
  const report = result.report.plots === null ? null : reportViewOf(result.report.plots);
  if (!result.ok) return store.dispatch({ type: 'sketch-import-shown', view: { fileName, step: 'refused', report, notes } });
  const imported = result.sketch;
  await session.autosave.run('auto');
  const name = imported.name.trim() === '' ? fileName.replace(/\.(parkzone\.)?(geo)?json$/i, '') : imported.name;
  const made = await session.createFrom({ name, basedOn: imported.basedOn, features: imported.features, scenes: imported.scenes, thresholdPresetId: imported.thresholdPresetId });
  store.dispatch({ type: 'sketch-import-shown', view: { fileName, step: made ? 'done' : 'refused', report, notes } });
  await refreshLists(session);
}
