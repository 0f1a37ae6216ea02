/**
 * The synthetic zones of the benchmark: generated in-process by the zone generator
 * (scripts/zone/generateZone.ts) and cached in bench/generated/zone-N (gitignored), because
 * the 100 000-plot zone takes minutes to lay out. Both sides read the same parsed features.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { generateZoneWithReport } from '../scripts/zone/generateZone.ts';
import { ZONE_FILE_NAMES, writeZoneFiles, zoneFileTexts } from '../scripts/zone/writer.ts';

/** A GeoJSON feature as read from the zone files: usable by the engine and by Turf. */
export interface BenchFeature {
  type: 'Feature';
  id?: string | number;
  geometry: Polygon | MultiPolygon;
  properties: Record<string, unknown>;
}

export interface BenchZone {
  districts: BenchFeature[];
  parks: BenchFeature[];
  plots: BenchFeature[];
  /** where the features came from, for the report */
  source: string;
}

const GENERATED_DIR = resolve(import.meta.dirname, 'generated');

async function readFeatures(directory: string, name: string): Promise<BenchFeature[]> {
  const text = await readFile(join(directory, name), 'utf8');
  return (JSON.parse(text) as { features: BenchFeature[] }).features;
}

async function generateInto(directory: string, seed: number, plotCount: number): Promise<number> {
  const started = performance.now();
  const { zone } = generateZoneWithReport({ seed, plotCount });
  await writeZoneFiles(directory, zoneFileTexts(zone));
  return performance.now() - started;
}

/** The zone of `plotCount` plots for `seed`, from the cache or freshly generated. */
export async function loadZone(seed: number, plotCount: number, regenerate: boolean): Promise<BenchZone> {
  const directory = join(GENERATED_DIR, seed === 1 ? `zone-${plotCount}` : `zone-${plotCount}-seed-${seed}`);
  const cached = !regenerate && existsSync(join(directory, ZONE_FILE_NAMES.plots));
  let source = `bench/generated/${directory.slice(GENERATED_DIR.length + 1)} (cached)`;
  if (!cached) {
    process.stdout.write(`generating ${plotCount} plots (seed ${seed})… `);
    const generatedMs = await generateInto(directory, seed, plotCount);
    console.log(`${(generatedMs / 1000).toFixed(1)} s`);
    source = `generated in-process, seed ${seed}`;
  }
  const [districts, parks, plots] = await Promise.all([
    readFeatures(directory, ZONE_FILE_NAMES.districts),
    readFeatures(directory, ZONE_FILE_NAMES.parks),
    readFeatures(directory, ZONE_FILE_NAMES.plots),
  ]);
  if (plots.length !== plotCount) throw new Error(`${directory} holds ${plots.length} plots, not ${plotCount}: run with --regenerate`);
  return { districts, parks, plots, source };
}
