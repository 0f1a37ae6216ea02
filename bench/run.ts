/**
 * `npm run bench`: the zone engine against the plain-Turf approach on synthetic zones of
 * 1 000, 10 000 and 100 000 plots (issue 2, item 6). Progress goes to stderr; the report
 * (machine, markdown table, agreement checks, targets) to stdout, ready for bench/RESULTS.md.
 * Options: see args.ts (`--sizes`, `--turf-sample N`, `--updates N`, `--seed N`, `--regenerate`).
 */
import { agreementChecks } from './agreement.ts';
import { parseBenchOptions, type BenchOptions } from './args.ts';
import { createRandom, randomEdits } from './changes.ts';
import { pairsSplitByMetric } from './dbscanMetric.ts';
import { EPS_M, WARM_UP_BUILDS, centroidsByIndustry, engineSums, firstBuild, measureEngine } from './engineSide.ts';
import type { SizeResult } from './report.ts';
import { checkLines, machineLine, resultTable, targetLines } from './report.ts';
import { formatMs } from './timing.ts';
import { measureTurf, turfOccupancyPlots } from './turfSide.ts';
import { loadZone } from './zoneInput.ts';

const progress = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

async function measureSize(options: BenchOptions, plotCount: number): Promise<SizeResult> {
  const zone = await loadZone(options.seed, plotCount, options.regenerate);
  progress(`${plotCount} plots: ${zone.source}, ${zone.districts.length} districts, ${zone.parks.length} parks`);
  const random = createRandom(options.seed * 1_000_003 + plotCount);
  const edits = randomEdits(zone.plots, options.updates, random);
  const occupancyPlots = turfOccupancyPlots(zone.plots, options.turfSample, random);
  const { model, engine, coldBuildMs } = firstBuild(zone);
  const centroids = centroidsByIndustry(engine, zone.plots);
  const sums = engineSums(engine, occupancyPlots);
  const repeats = plotCount >= 100_000 ? 3 : 5;
  const engineResult = measureEngine(zone, model, engine, centroids, edits, repeats, coldBuildMs);
  progress(`  engine: cold parse + build ${formatMs(coldBuildMs)}, parse ${formatMs(engineResult.parseMs)}, full recompute from the model ${formatMs(engineResult.fullRecomputeMs)}; Turf on ${occupancyPlots.length} plots…`);
  const started = performance.now();
  const turf = measureTurf(zone, centroids, edits, occupancyPlots, repeats);
  progress(`  Turf: occupancy ${formatMs(turf.occupancyMs)}${turf.extrapolated ? ' (extrapolated)' : ''}, whole Turf side ${formatMs(performance.now() - started)}`);
  const districtIds = zone.districts.map((d) => String(d.properties.id));
  const dbscanPoints = [...centroids.values()].reduce((total, points) => total + points.length, 0);
  const splitPairs = new Map([...centroids].map(([industry, points]) => [industry, pairsSplitByMetric(points, EPS_M)] as const));
  const checks = agreementChecks(engineResult, sums, turf, districtIds, splitPairs);
  return { plotCount, engine: engineResult, turf, checks, dbscanPoints };
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const machineAtStart = machineLine();
  const results: SizeResult[] = [];
  for (const plotCount of options.sizes) results.push(await measureSize(options, plotCount));
  const sample = options.turfSample === undefined ? '' : ` --turf-sample ${options.turfSample}`;
  console.log([
    `ParkZone benchmark, ${new Date().toISOString().slice(0, 10)}`,
    `machine at start: ${machineAtStart}`,
    `machine at end:   ${machineLine()}`,
    `command: npm run bench -- --sizes ${options.sizes.join(',')}${sample} --updates ${options.updates} --seed ${options.seed}`,
    '',
    resultTable(results, options.updates),
    '',
    `Engine: best of 5 runs (3 at 100 000); full recompute after ${WARM_UP_BUILDS} warm-up builds (JIT warmed up), the rest after one; Turf occupancy and clustersDbscan: one run after a small warm-up.`,
    'Full recompute starts from the parsed model (districts, parks and plots as the engine takes them); parsing the features',
    'into that model has its own row. Turf works on the features as read from the files.',
    '',
    'Agreement (areas within 0.5 %: Turf is spherical, the engine ellipsoidal):',
    ...checkLines(results),
    '',
    'Targets (issue 2, item 6):',
    ...targetLines(results),
  ].join('\n'));
  if (results.some((r) => r.checks.some((c) => !c.ok))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
