/**
 * From GeoJSON features to the planning model: the typed attributes of a plot (DESIGN.md §2),
 * plots, districts and parks. Property bags are kept verbatim: never copied key by key, never
 * mutated; a `__proto__` key is data like any other. A value that cannot be used becomes
 * `undefined` ("no data") and is reported as an `AttributeProblem`, never silently dropped.
 */
import type { Areal } from './geometry.ts';
import { landUseClass } from './landUse.ts';
import type { IndustryCluster, Plot, PlotAttributes, PlotStatus } from './plot.ts';
import { INDUSTRY_CLUSTERS, PLOT_STATUSES } from './plot.ts';
import type { AttributeProblem } from './attributeProblems.ts';
import { attributeProblem } from './attributeProblems.ts';
import type { ValueReading } from './parseValues.ts';
import { isInvalid, ownValue, readBoolean, readLandUseCode, readNonNegativeNumber, readText } from './parseValues.ts';
import type { District, Park } from './zone.ts';

export type { AttributeProblem, AttributeProblemReason } from './attributeProblems.ts';

export interface FeatureInput {
  id?: string | number | null;
  geometry: Areal;
  properties: Readonly<Record<string, unknown>> | null;
}

const NUMBER_KEYS = {
  investment: 'investmentWanYuan', output: 'outputWanYuanPerYear', tax: 'taxWanYuanPerYear',
  floorArea: 'floorAreaM2', footprintArea: 'footprintAreaM2', greenArea: 'greenAreaM2',
  adminArea: 'adminAreaM2', floors: 'floors', heightM: 'heightM', leasedFloorArea: 'leasedFloorAreaM2',
} as const satisfies Record<string, keyof PlotAttributes>;
/** The entries of NUMBER_KEYS, made once (not for every plot). */
const NUMBER_ENTRIES = Object.entries(NUMBER_KEYS) as ReadonlyArray<[keyof typeof NUMBER_KEYS, (typeof NUMBER_KEYS)[keyof typeof NUMBER_KEYS]]>;

const INDUSTRY_ALIASES: Readonly<Record<string, IndustryCluster>> = {
  白色家电: 'white-goods', 家电: 'white-goods', 皮革皮具: 'leather', 皮革: 'leather',
  现代服务业: 'modern-services', 服务外包: 'modern-services', 物流: 'logistics', 物流仓储: 'logistics', 其他: 'other',
};
const STATUS_ALIASES: Readonly<Record<string, PlotStatus>> = {
  未供: 'vacant', 储备: 'reserved', 已供未建: 'allocated', 在建: 'under-construction', 建成: 'built', 闲置: 'idle',
};

function take<T>(reading: ValueReading<T>, key: string, value: unknown, problems: AttributeProblem[]): T | undefined {
  if (!isInvalid(reading)) return reading;
  problems.push(attributeProblem(key, value, reading.invalid));
  return undefined;
}

/** The lower-case choices of each list as a set, for the common case of a value written exactly as a choice. */
const CHOICE_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

function isExactChoice<T extends string>(text: string, choices: readonly T[]): text is T {
  let set = CHOICE_SETS.get(choices);
  if (set === undefined) CHOICE_SETS.set(choices, (set = new Set(choices.filter((c) => c === c.toLowerCase()))));
  return set.has(text);
}

function readChoice<T extends string>(value: unknown, choices: readonly T[], aliases: Readonly<Record<string, T>>): ValueReading<T> | 'unknown' {
  const text = readText(value);
  if (text === undefined || isInvalid(text)) return text;
  // a value written exactly as a lower-case choice is that choice (it is its own lower case)
  if (isExactChoice(text, choices)) return text;
  const lower = text.toLowerCase();
  const found = choices.find((c) => c === lower);
  if (found !== undefined) return found;
  return Object.hasOwn(aliases, text) ? aliases[text] : 'unknown';
}

function readChoiceInto<K extends 'industry' | 'status'>(
  attributes: PlotAttributes, properties: Readonly<Record<string, unknown>>, key: K,
  choices: readonly NonNullable<PlotAttributes[K]>[], aliases: Readonly<Record<string, NonNullable<PlotAttributes[K]>>>,
  problems: AttributeProblem[],
): void {
  const value = ownValue(properties, key);
  const reading = readChoice(value, choices, aliases);
  if (reading === 'unknown') problems.push(attributeProblem(key, value, key === 'industry' ? 'unknown-industry' : 'unknown-status'));
  else {
    const chosen = take(reading, key, value, problems);
    if (chosen !== undefined) attributes[key] = chosen;
  }
}

/** The typed attributes of a plot and the problems met reading them. */
export function readPlotAttributes(properties: Readonly<Record<string, unknown>>): { attributes: PlotAttributes; problems: AttributeProblem[] } {
  const attributes: PlotAttributes = {};
  const problems: AttributeProblem[] = [];
  const landUseValue = ownValue(properties, 'landUse');
  const landUse = take(readLandUseCode(landUseValue), 'landUse', landUseValue, problems);
  if (landUse !== undefined) {
    attributes.landUse = landUse;
    if (landUseClass(landUse) === undefined) problems.push(attributeProblem('landUse', landUseValue, 'unknown-land-use'));
  }
  readChoiceInto(attributes, properties, 'industry', INDUSTRY_CLUSTERS, INDUSTRY_ALIASES, problems);
  readChoiceInto(attributes, properties, 'status', PLOT_STATUSES, STATUS_ALIASES, problems);
  const enterpriseValue = ownValue(properties, 'enterprise');
  const enterprise = take(readText(enterpriseValue), 'enterprise', enterpriseValue, problems);
  if (enterprise !== undefined) attributes.enterprise = enterprise;
  for (const [key, field] of NUMBER_ENTRIES) {
    const value = ownValue(properties, key);
    const n = take(readNonNegativeNumber(value), key, value, problems);
    if (n !== undefined) attributes[field] = n;
  }
  const factoryValue = ownValue(properties, 'standardFactory');
  const standardFactory = take(readBoolean(factoryValue), 'standardFactory', factoryValue, problems);
  if (standardFactory !== undefined) attributes.standardFactory = standardFactory;
  return { attributes, problems };
}

/** The typed attributes of a plot; unusable values are left out (see `readPlotAttributes` for why). */
export function parsePlotAttributes(properties: Readonly<Record<string, unknown>>): PlotAttributes {
  return readPlotAttributes(properties).attributes;
}

/** The feature's id, else its `id` property, as text; '' when it has neither. */
export function featureIdOf(feature: FeatureInput): string {
  const fromFeature = feature.id;
  if (typeof fromFeature === 'string' || typeof fromFeature === 'number') return String(fromFeature);
  const fromProperties = feature.properties === null ? undefined : ownValue(feature.properties, 'id');
  if (typeof fromProperties === 'string' || typeof fromProperties === 'number') return String(fromProperties);
  return '';
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/** A plot and the problems met reading its attributes. The id check belongs to the importer. */
export function readPlot(feature: FeatureInput): { plot: Plot; problems: AttributeProblem[] } {
  const properties = feature.properties ?? EMPTY;
  const { attributes, problems } = readPlotAttributes(properties);
  return { plot: { id: featureIdOf(feature), geometry: feature.geometry, attributes, properties }, problems };
}

export function toPlot(feature: FeatureInput): Plot {
  return readPlot(feature).plot;
}

function textOf(properties: Readonly<Record<string, unknown>>, key: string): string {
  const reading = readText(ownValue(properties, key));
  return reading === undefined || isInvalid(reading) ? '' : reading;
}

export function toDistrict(feature: FeatureInput): District {
  const properties = feature.properties ?? EMPTY;
  return {
    id: featureIdOf(feature), name: textOf(properties, 'name'), nameEn: textOf(properties, 'nameEn'),
    brief: textOf(properties, 'brief'), geometry: feature.geometry, properties,
  };
}

export function toPark(feature: FeatureInput): Park {
  const properties = feature.properties ?? EMPTY;
  const park: Park = {
    id: featureIdOf(feature), name: textOf(properties, 'name'), nameEn: textOf(properties, 'nameEn'),
    districtId: textOf(properties, 'districtId'), geometry: feature.geometry, properties,
  };
  const cluster = readChoice(ownValue(properties, 'cluster'), INDUSTRY_CLUSTERS, INDUSTRY_ALIASES);
  if (cluster !== undefined && cluster !== 'unknown' && !isInvalid(cluster)) park.cluster = cluster;
  return park;
}
