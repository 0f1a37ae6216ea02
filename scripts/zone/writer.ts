/**
 * Serialising and writing the zone files. GeoJSON is written one feature per line, so a
 * regenerated sample diffs plot by plot; keys keep the order they were built in.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { ThresholdPreset } from '../../src/domain/thresholds.ts';
import type { GeneratedZone } from './generateZone.ts';

export const ZONE_FILE_NAMES = {
  districts: 'districts.geojson',
  parks: 'parks.geojson',
  plots: 'plots.geojson',
  thresholds: 'thresholds-example.json',
} as const;

export function serializeFeatureCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function serializeThresholds(preset: ThresholdPreset): string {
  return `${JSON.stringify(preset, null, 2)}\n`;
}

/** The text of every file of a zone, by file name. */
export function zoneFileTexts(zone: GeneratedZone, thresholds?: ThresholdPreset): Map<string, string> {
  const texts = new Map<string, string>([
    [ZONE_FILE_NAMES.districts, serializeFeatureCollection(zone.districts)],
    [ZONE_FILE_NAMES.parks, serializeFeatureCollection(zone.parks)],
    [ZONE_FILE_NAMES.plots, serializeFeatureCollection(zone.plots)],
  ]);
  if (thresholds) texts.set(ZONE_FILE_NAMES.thresholds, serializeThresholds(thresholds));
  return texts;
}

/** Writes the files into `directory` (created if missing); returns each file's size in bytes. */
export async function writeZoneFiles(directory: string, texts: ReadonlyMap<string, string>): Promise<Map<string, number>> {
  await mkdir(directory, { recursive: true });
  const sizes = new Map<string, number>();
  for (const [name, text] of texts) {
    await writeFile(join(directory, name), text, 'utf8');
    sizes.set(name, Buffer.byteLength(text, 'utf8'));
  }
  return sizes;
}
