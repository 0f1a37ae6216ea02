/**
 * The benchmark's printed output: machine line, one markdown table (engine vs plain Turf with
 * the ratio Turf ÷ engine), the agreement checks and the targets of issue 2, item 6.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import type { Check } from './agreement.ts';
import type { CallTimes, EngineResult } from './engineSide.ts';
import { formatMs } from './timing.ts';
import type { TurfResult } from './turfSide.ts';

export interface SizeResult {
  plotCount: number;
  engine: EngineResult;
  turf: TurfResult;
  checks: Check[];
  dbscanPoints: number;
}

export function machineLine(): string {
  const cores = cpus();
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, `
    + `Node ${process.version}, load average ${load}`;
}

const count = (n: number): string => n.toLocaleString('en-US').replace(/,/g, ' ');

function ratio(turfMs: number, engineMs: number): string {
  const r = turfMs / engineMs;
  if (!Number.isFinite(r)) return '—';
  return r >= 10 ? `${count(Math.round(r))}×` : `${r.toFixed(1)}×`;
}

function row(plots: string, measure: string, engineMs: number, turfMs: number, turfNote = ''): string {
  return `| ${plots} | ${measure} | ${formatMs(engineMs)} | ${formatMs(turfMs)}${turfNote} | ${ratio(turfMs, engineMs)} |`;
}

/** A row with no Turf counterpart. */
function engineOnlyRow(plots: string, measure: string, engineMs: number): string {
  return `| ${plots} | ${measure} | ${formatMs(engineMs)} | — | — |`;
}

function callRows(plots: string, measure: string, engine: CallTimes, turf: CallTimes): string[] {
  return [
    row(plots, `${measure}, median`, engine.medianMs, turf.medianMs),
    row(plots, `${measure}, p99`, engine.p99Ms, turf.p99Ms),
  ];
}

function sizeRows(result: SizeResult, updates: number): string[] {
  const { engine, turf } = result;
  const plots = count(result.plotCount);
  const note = turf.extrapolated ? ` (extrapolated from ${count(turf.occupancyPlots.length)} plots)` : '';
  return [
    engineOnlyRow(plots, 'parse features → model (toDistrict, toPark, toPlot; Turf reads the features as they are)', engine.parseMs),
    row(plots, 'full recompute from the model: overlay + footprints + contributions + aggregates + stats() vs Turf occupancy (districts + parks)',
      engine.fullRecomputeMs, turf.occupancyMs, note),
    row(plots, 'full recompute from the model, all views (+ classes, clusters with hulls, hexagons) vs Turf occupancy + clustersDbscan',
      engine.allIndicatorsMs, turf.occupancyMs + turf.dbscanMs, note),
    ...callRows(plots, `one-plot update (${count(updates)}×): upsertPlot vs turfPlotUpdate`, engine.update, turf.update),
    ...callRows(plots, 'one-plot update + stats() vs turfPlotUpdate', engine.updateWithStats, turf.update),
    row(plots, `DBSCAN per industry (Σ ${count(result.dbscanPoints)} centroids, 300 m, 3): dbscan vs clustersDbscan`, engine.dbscanMs, turf.dbscanMs),
    row(plots, 'area of all plots: arealAreaM2 vs turf.area', engine.areaMs, turf.areaMs),
  ];
}

export function resultTable(results: readonly SizeResult[], updates: number): string {
  return [
    '| plots | measure | engine | plain Turf | Turf ÷ engine |',
    '| ---: | --- | ---: | ---: | ---: |',
    ...results.flatMap((r) => sizeRows(r, updates)),
  ].join('\n');
}

export function checkLines(results: readonly SizeResult[]): string[] {
  return results.flatMap((r) => r.checks.map((c) => `- ${c.ok ? 'agree' : 'DISAGREE'} at ${count(r.plotCount)} plots: ${c.what}: engine ${c.engine}, Turf ${c.turf}`));
}

function verdict(met: boolean): string {
  return met ? 'MET' : 'MISSED';
}

/** The targets of issue 2 item 6 that the run's sizes cover. */
export function targetLines(results: readonly SizeResult[]): string[] {
  const at = (n: number): SizeResult | undefined => results.find((r) => r.plotCount === n);
  const lines: string[] = [];
  const tenK = at(10_000);
  if (tenK) {
    const r = tenK.turf.occupancyMs / tenK.engine.fullRecomputeMs;
    lines.push(`- full recompute from the model ≥ 300× plain Turf at 10 000 plots: ${r.toFixed(0)}× (${formatMs(tenK.engine.fullRecomputeMs)}) — ${verdict(r >= 300)}`);
  }
  const hundredK = at(100_000);
  if (hundredK) {
    const ms = hundredK.engine.fullRecomputeMs;
    lines.push(`- full recompute from the model < 1 s at 100 000 plots: ${formatMs(ms)} — ${verdict(ms < 1000)}`);
    const r = hundredK.turf.dbscanMs / hundredK.engine.dbscanMs;
    lines.push(`- DBSCAN per industry ≥ 100× clustersDbscan at 100 000 plots: ${r.toFixed(0)}× (${formatMs(hundredK.engine.dbscanMs)}) — ${verdict(r >= 100)}`);
  }
  for (const r of results) {
    const median = r.engine.update.medianMs;
    lines.push(`- incremental median ≤ 0.05 ms at ${count(r.plotCount)} plots: ${formatMs(median)} — ${verdict(median <= 0.05)}`);
  }
  return lines;
}
