/**
 * Generates the FICTIONAL sample zone or a synthetic benchmark zone.
 *
 *   npx tsx scripts/generate-zone.ts --sample
 *       writes data/districts.geojson, parks.geojson, plots.geojson, thresholds-example.json
 *   npx tsx scripts/generate-zone.ts --plots 10000 --out bench/generated/zone-10000 [--seed 1]
 *       writes districts, parks and exactly 10 000 plots into the folder
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EXAMPLE_THRESHOLDS } from '../src/domain/thresholds.ts';
import { SAMPLE_SEED, generateZoneWithReport } from './zone/generateZone.ts';
import { writeZoneFiles, zoneFileTexts } from './zone/writer.ts';

export { generateZone, SAMPLE_SEED } from './zone/generateZone.ts';

const USAGE = 'usage: generate-zone.ts --sample | --plots <count> --out <folder> [--seed <n>]';

interface Request {
  seed: number;
  plotCount: number | undefined;
  outDir: string;
  withThresholds: boolean;
}

function parseRequest(argv: string[]): Request {
  const { values } = parseArgs({
    args: argv,
    options: { sample: { type: 'boolean' }, plots: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  if (values.sample) return { seed: SAMPLE_SEED, plotCount: undefined, outDir: values.out ?? 'data', withThresholds: true };
  const plotCount = Number(values.plots);
  if (!Number.isInteger(plotCount) || plotCount < 1 || values.out === undefined) throw new Error(USAGE);
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`the seed must be an integer. ${USAGE}`);
  return { seed, plotCount, outDir: values.out, withThresholds: false };
}

async function main(): Promise<void> {
  const request = parseRequest(process.argv.slice(2));
  const started = performance.now();
  const { zone, report } = generateZoneWithReport({ seed: request.seed, plotCount: request.plotCount });
  const generatedMs = performance.now() - started;
  const texts = zoneFileTexts(zone, request.withThresholds ? EXAMPLE_THRESHOLDS : undefined);
  const sizes = await writeZoneFiles(request.outDir, texts);
  const totalMs = performance.now() - started;
  const share = ((100 * report.straddlingPlots) / report.plotCount).toFixed(1);
  console.log(`${report.plotCount} plots (seed ${request.seed}): ${report.straddlingPlots} straddle a district boundary (${share} %), `
    + `${report.holedPlots} with a hole, ${report.multiPartPlots} in several parts`);
  console.log(`generated in ${(generatedMs / 1000).toFixed(2)} s, written in ${(totalMs / 1000).toFixed(2)} s total`);
  for (const [name, bytes] of sizes) console.log(`  ${request.outDir}/${name}  ${(bytes / 1024).toFixed(0)} KiB`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
