import { EXAMPLE_THRESHOLDS, type ThresholdPreset } from '../../domain/thresholds.ts';
import { parseThresholdPreset } from '../../domain/parseThresholds.ts';
import { toDistrict, toPark } from '../../domain/parse.ts';
import { SUPPLIED_STATUSES } from '../../domain/plot.ts';
import { buildZoneEngine } from '../../io/zoneEngine.ts';
import { CliError, EXIT_OK, EXIT_REFUSED } from '../cliError.ts';
import type { ParsedCommand } from '../main.ts';
import type { Output } from '../output.ts';
import { loadFeatures } from '../loadFeatures.ts';
import { readTextFile } from '../readInput.ts';
import { areaNamer } from '../zoneNames.ts';
import { complianceCounts } from '../statsReport/compliance.ts';
import { renderStatsText } from '../statsReport/text.ts';
import { renderStatsCsv } from '../statsReport/csv.ts';
import { statsJson } from '../statsReport/json.ts';

async function loadThresholds(path: string | undefined): Promise<ThresholdPreset> {
  if (path === undefined) return EXAMPLE_THRESHOLDS;
  const text = await readTextFile(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`parkzone: ${path}: not a JSON file (a threshold preset is one JSON object)`, EXIT_REFUSED);
  }
  const result = parseThresholdPreset(value);
  if (!result.ok) throw new CliError(`parkzone: ${path}: ${result.reasonEn}`, EXIT_REFUSED);
  return result.preset;
}

/** `parkzone stats <districts> <plots>`: per-district and per-park indicators. */
export async function runStats(parsed: ParsedCommand, output: Output): Promise<number> {
  const [districtsPath = '', plotsPath = ''] = parsed.files;
  const { lang } = parsed;
  const districts = await loadFeatures(districtsPath, 'districts', lang, output);
  const districtGeometries = districts.features.map((f) => f.geometry);
  const parks = parsed.parks === undefined
    ? { features: [] }
    : await loadFeatures(parsed.parks, 'parks', lang, output, districtGeometries);
  const plots = await loadFeatures(plotsPath, 'plots', lang, output, districtGeometries);
  const thresholds = await loadThresholds(parsed.thresholds);

  const engine = buildZoneEngine({ districts: districts.features, parks: parks.features, plots: plots.features }, thresholds);
  const stats = engine.stats();
  const nameOf = areaNamer(districts.features.map(toDistrict), parks.features.map(toPark), lang);
  const supplied = plots.features.filter((f) => SUPPLIED_STATUSES.has(engine.plot(f.id)?.attributes.status ?? 'vacant'));
  const compliance = complianceCounts(supplied.map((f) => engine.plotFigures(f.id)), stats.districts.map((d) => d.areaId));
  const report = { stats, compliance, thresholds, nameOf, lang };
  if (parsed.json) output.out(JSON.stringify(statsJson(report), null, 2));
  else if (parsed.csv) output.out(renderStatsCsv(report));
  else output.out(renderStatsText(report));
  return EXIT_OK;
}
