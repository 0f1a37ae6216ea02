/**
 * A sketch as one file: a GeoJSON FeatureCollection of its plots (RFC 7946, readable by any GIS
 * tool) with the sketch's metadata in the foreign member `parkzone`:
 *   { format: 'parkzone-sketch', version: 1, name, basedOn, scenes,
 *     thresholds: { presetId, preset | null }, createdAt, updatedAt }   (times as ISO 8601).
 * Export writes each property bag with JSON.stringify as it is, so key order, Chinese text,
 * unknown keys and keys such as `__proto__` come back byte-identical; numbers are written in
 * their shortest exact form, so coordinates come back equal. Import goes through the core
 * validator (readGeoJsonText) for the plots and checks the metadata; every problem is reported.
 */
import type { Scene, SketchFeature } from '../domain/sketch.ts';
import { BASELINE } from '../domain/sketch.ts';
import { isPlainRecord, readScene } from '../domain/sketchShape.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';
import { parseThresholdPreset } from '../domain/parseThresholds.ts';
import type { ImportReport } from '../geo/validate/report.ts';
import { emptyLists, importedReport } from '../geo/validate/report.ts';
import { readGeoJsonText } from './readGeoJson.ts';

export const SKETCH_FILE_FORMAT = 'parkzone-sketch';
export const SKETCH_FILE_VERSION = 1;

/** What is exported: a stored sketch, or anything with the same content. */
export interface SketchFileSource {
  name: string;
  basedOn: string;
  createdAtMs: number;
  updatedAtMs: number;
  features: readonly SketchFeature[];
  scenes: readonly Scene[];
  thresholdPresetId: string;
}

export interface ExportOptions {
  /** the preset the sketch uses, written in full so the file stands on its own */
  thresholds?: ThresholdPreset;
}

export function exportSketchFile(sketch: SketchFileSource, options: ExportOptions = {}): string {
  const metadata = {
    format: SKETCH_FILE_FORMAT, version: SKETCH_FILE_VERSION, name: sketch.name, basedOn: sketch.basedOn, scenes: sketch.scenes,
    thresholds: { presetId: sketch.thresholdPresetId, preset: options.thresholds ?? null },
    createdAt: new Date(sketch.createdAtMs).toISOString(), updatedAt: new Date(sketch.updatedAtMs).toISOString(),
  };
  const lines = sketch.features.map((f) => JSON.stringify({ type: 'Feature', id: f.id, properties: f.properties, geometry: f.geometry }));
  return `{"type":"FeatureCollection",\n"parkzone":${JSON.stringify(metadata)},\n"features":[\n${lines.join(',\n')}\n]}\n`;
}

export type SketchFileCode =
  | 'not-a-sketch-file' | 'newer-format' | 'bad-name' | 'bad-based-on' | 'bad-scenes' | 'bad-scene' | 'bad-thresholds' | 'bad-time';

/** A problem with the `parkzone` member: what is wrong and what was done, in plain words. */
export interface SketchFileEntry {
  code: SketchFileCode;
  messageZh: string;
  messageEn: string;
}

export interface SketchFileReport {
  /** the core validator's report on the plots; null when the file was refused before reading them */
  plots: ImportReport | null;
  metadata: SketchFileEntry[];
  /** why the file was refused as a sketch file (the plots' own refusal is in `plots.refused`) */
  refused?: SketchFileEntry;
}

/** The content of an imported file, ready to become a new sketch (`create`). */
export interface ImportedSketch {
  name: string;
  basedOn: string;
  features: SketchFeature[];
  scenes: Scene[];
  thresholdPresetId: string;
  /** the preset written in the file, if any (the caller decides whether to add it) */
  thresholds: ThresholdPreset | null;
  createdAtMs: number | null;
  updatedAtMs: number | null;
}

export type SketchFileImport = { ok: true; sketch: ImportedSketch; report: SketchFileReport } | { ok: false; report: SketchFileReport };

const say = (code: SketchFileCode, zh: string, en: string): SketchFileEntry => ({ code, messageZh: zh, messageEn: en });

function refuse(plots: ImportReport | null, entry: SketchFileEntry): SketchFileImport {
  return { ok: false, report: { plots, metadata: [], refused: entry } };
}

type MemberReading = { ok: true; member: Record<string, unknown> } | { ok: false; entry: SketchFileEntry };

/** The `parkzone` member, or the reason this is not a sketch file we can read. */
function readMember(root: unknown): MemberReading {
  const member = isPlainRecord(root) && Object.hasOwn(root, 'parkzone') ? root.parkzone : undefined;
  if (!isPlainRecord(member) || member.format !== SKETCH_FILE_FORMAT) {
    return { ok: false, entry: say('not-a-sketch-file', '这不是 ParkZone 草案文件（缺少 "parkzone" 信息）。若要导入地块，请用“打开文件”导入地块图层。',
      'This is not a ParkZone sketch file (it has no "parkzone" member). To bring in plots, open it as a plots layer instead.') };
  }
  if (typeof member.version !== 'number' || !Number.isInteger(member.version) || member.version < 1 || member.version > SKETCH_FILE_VERSION) {
    return { ok: false, entry: say('newer-format', `此草案文件的格式版本为 ${String(member.version)}，本程序只能读取版本 ${SKETCH_FILE_VERSION}。请更新 ParkZone 后再导入。`,
      `This sketch file has format version ${String(member.version)}; this ParkZone reads version ${SKETCH_FILE_VERSION}. Update ParkZone, then import it again.`) };
  }
  return { ok: true, member };
}

function readScenes(value: unknown, notes: SketchFileEntry[]): Scene[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    notes.push(say('bad-scenes', '草案的演示场景无法读取，已不导入场景。', 'The sketch\'s presentation scenes could not be read; no scenes were imported.'));
    return [];
  }
  const scenes: Scene[] = [];
  value.forEach((item, index) => {
    const reading = readScene(item);
    if (reading.ok) scenes.push(reading.scene);
    else notes.push(say('bad-scene', `第 ${index + 1} 个演示场景的“${reading.field}”无效，该场景未导入。`, `Scene ${index + 1} has an unusable "${reading.field}"; that scene was not imported.`));
  });
  return scenes;
}

function readThresholds(value: unknown, notes: SketchFileEntry[]): { presetId: string; preset: ThresholdPreset | null } {
  const presetId = isPlainRecord(value) && typeof value.presetId === 'string' ? value.presetId : null;
  const rawPreset = isPlainRecord(value) ? value.preset : undefined;
  const reading = rawPreset === null || rawPreset === undefined ? null : parseThresholdPreset(rawPreset);
  if (presetId === null || (reading !== null && !reading.ok)) {
    notes.push(say('bad-thresholds', '草案所用的门槛设置无法读取，将使用当前门槛。', 'The thresholds this sketch used could not be read; the current thresholds will apply.'));
  }
  const preset = reading !== null && reading.ok ? reading.preset : null;
  return { presetId: presetId ?? preset?.id ?? '', preset };
}

function readTime(value: unknown, field: string, notes: SketchFileEntry[]): number | null {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isFinite(ms)) return ms;
  notes.push(say('bad-time', `草案的时间“${field}”无法读取，已忽略。`, `The sketch's time "${field}" could not be read and was left out.`));
  return null;
}

function readMetadata(member: Record<string, unknown>, notes: SketchFileEntry[]): Omit<ImportedSketch, 'features'> {
  const name = typeof member.name === 'string' ? member.name : '';
  if (typeof member.name !== 'string') notes.push(say('bad-name', '草案文件没有名称，请为导入的草案命名。', 'The sketch file has no name; give the imported sketch one.'));
  const basedOn = typeof member.basedOn === 'string' ? member.basedOn : BASELINE;
  if (typeof member.basedOn !== 'string') notes.push(say('bad-based-on', '草案的基准无法读取，按“现状”处理。', 'The sketch\'s base could not be read; it is treated as based on the current state.'));
  const scenes = readScenes(member.scenes, notes);
  const { presetId, preset } = readThresholds(member.thresholds, notes);
  const createdAtMs = readTime(member.createdAt, 'createdAt', notes);
  const updatedAtMs = readTime(member.updatedAt, 'updatedAt', notes);
  return { name, basedOn, scenes, thresholdPresetId: presetId, thresholds: preset, createdAtMs, updatedAtMs };
}

/** The parsed file, or null when it is not JSON (the core reader then says where it breaks). */
function parseRoot(text: string): { root: unknown } | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { root: JSON.parse(body) as unknown };
  } catch {
    return null;
  }
}

/** Reads a sketch file; never throws on bad input. A refused file leaves everything as it was. */
export function importSketchFile(text: string): SketchFileImport {
  const parsed = parseRoot(text);
  if (parsed === null) return { ok: false, report: { plots: readGeoJsonText(text, { kind: 'plots' }).report, metadata: [] } };
  const reading = readMember(parsed.root);
  if (!reading.ok) return refuse(null, reading.entry);
  const notes: SketchFileEntry[] = [];
  const metadata = readMetadata(reading.member, notes);
  const root = parsed.root as Record<string, unknown>;
  if (Array.isArray(root.features) && root.features.length === 0) {
    return { ok: true, sketch: { ...metadata, features: [] }, report: { plots: importedReport(emptyLists(), 0, 0), metadata: notes } };
  }
  const read = readGeoJsonText(text, { kind: 'plots' });
  if (read.report.verdict === 'refused') return { ok: false, report: { plots: read.report, metadata: notes } };
  const features = read.features.map((f): SketchFeature => ({ id: f.id, geometry: f.geometry, properties: f.properties }));
  return { ok: true, sketch: { ...metadata, features }, report: { plots: read.report, metadata: notes } };
}
