/**
 * The preset editor's form: a preset as text fields with their units (万元/亩, plain ratios,
 * per cent), and back, validated field by field and then by the core's parseThresholdPreset.
 * Pure: the component only holds the strings.
 */
import { parseThresholdPreset } from '../domain/parseThresholds.ts';
import type { ThresholdPreset } from '../domain/thresholds.ts';

export type PresetFieldKey =
  | 'minInvestment' | 'minOutput' | 'minTax' | 'farMin' | 'farMax'
  | 'coverageMin' | 'coverageMax' | 'maxGreen' | 'maxAdmin';

export type PresetFieldUnit = 'wanYuanPerMu' | 'ratio' | 'percent';

/** The fields in the order shown, with the unit each is typed in. */
export const PRESET_FIELDS: readonly { key: PresetFieldKey; unit: PresetFieldUnit }[] = [
  { key: 'minInvestment', unit: 'wanYuanPerMu' }, { key: 'minOutput', unit: 'wanYuanPerMu' },
  { key: 'minTax', unit: 'wanYuanPerMu' }, { key: 'farMin', unit: 'ratio' }, { key: 'farMax', unit: 'ratio' },
  { key: 'coverageMin', unit: 'percent' }, { key: 'coverageMax', unit: 'percent' },
  { key: 'maxGreen', unit: 'percent' }, { key: 'maxAdmin', unit: 'percent' },
];

export type PresetFormValues = Record<PresetFieldKey, string> & { name: string; nameEn: string };
export type PresetFieldError = 'notNumber' | 'negative' | 'overHundred' | 'minOverMax';
export type PresetFormResult =
  | { ok: true; preset: ThresholdPreset }
  | { ok: false; errors: Partial<Record<PresetFieldKey | 'name', PresetFieldError | 'empty'>> };

function show(value: number | undefined, unit: PresetFieldUnit): string {
  if (value === undefined) return '';
  // per cent shown to 1e-9 so 0.07 reads "7", not "7.000000000000001"
  return unit === 'percent' ? String(Math.round(value * 100 * 1e9) / 1e9) : String(value);
}

export function formOfPreset(p: ThresholdPreset): PresetFormValues {
  return {
    name: p.name, nameEn: p.nameEn,
    minInvestment: show(p.minInvestmentWanYuanPerMu, 'wanYuanPerMu'), minOutput: show(p.minOutputWanYuanPerMu, 'wanYuanPerMu'),
    minTax: show(p.minTaxWanYuanPerMu, 'wanYuanPerMu'),
    farMin: show(p.floorAreaRatio?.min, 'ratio'), farMax: show(p.floorAreaRatio?.max, 'ratio'),
    coverageMin: show(p.buildingCoverageRatio?.min, 'percent'), coverageMax: show(p.buildingCoverageRatio?.max, 'percent'),
    maxGreen: show(p.maxGreenRatio, 'percent'), maxAdmin: show(p.maxAdminRatio, 'percent'),
  };
}

/** A field's value in the core's unit (ratios 0..1), undefined when empty, or what is wrong. */
export function readField(text: string, unit: PresetFieldUnit): number | undefined | PresetFieldError {
  const trimmed = text.trim().replace(/[%％]$/, '').trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return 'notNumber';
  if (value < 0) return 'negative';
  if (unit === 'percent' && value > 100) return 'overHundred';
  return unit === 'percent' ? value / 100 : value;
}

function bounds(min: number | undefined, max: number | undefined): { min?: number; max?: number } | undefined {
  if (min === undefined && max === undefined) return undefined;
  return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** The preset the form describes (id given), or the fields that are wrong. */
export function presetOfForm(form: PresetFormValues, id: string): PresetFormResult {
  const errors: Partial<Record<PresetFieldKey | 'name', PresetFieldError | 'empty'>> = {};
  const v: Partial<Record<PresetFieldKey, number>> = {};
  for (const { key, unit } of PRESET_FIELDS) {
    const read = readField(form[key], unit);
    if (typeof read === 'string') errors[key] = read;
    else if (read !== undefined) v[key] = read;
  }
  if (form.name.trim() === '' && form.nameEn.trim() === '') errors.name = 'empty';
  if (v.farMin !== undefined && v.farMax !== undefined && v.farMin > v.farMax) errors.farMax = 'minOverMax';
  if (v.coverageMin !== undefined && v.coverageMax !== undefined && v.coverageMin > v.coverageMax) errors.coverageMax = 'minOverMax';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = parseThresholdPreset({
    id, name: form.name.trim() || form.nameEn.trim(), nameEn: form.nameEn.trim() || form.name.trim(), isExample: false,
    minInvestmentWanYuanPerMu: v.minInvestment, minOutputWanYuanPerMu: v.minOutput, minTaxWanYuanPerMu: v.minTax,
    floorAreaRatio: bounds(v.farMin, v.farMax), buildingCoverageRatio: bounds(v.coverageMin, v.coverageMax),
    maxGreenRatio: v.maxGreen, maxAdminRatio: v.maxAdmin,
  });
  return parsed.ok ? { ok: true, preset: parsed.preset } : { ok: false, errors: { name: 'notNumber' } };
}
