import type { ThresholdPreset } from './thresholds.ts';

export type ThresholdParseResult = { ok: true; preset: ThresholdPreset } | { ok: false; reasonEn: string; reasonZh: string };

type Bounds = { min?: number; max?: number };
const NUMBER_KEYS = ['minInvestmentWanYuanPerMu', 'minOutputWanYuanPerMu', 'minTaxWanYuanPerMu', 'maxGreenRatio', 'maxAdminRatio'] as const;
const BOUND_KEYS = ['floorAreaRatio', 'buildingCoverageRatio'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(reasonEn: string, reasonZh: string): ThresholdParseResult {
  return { ok: false, reasonEn, reasonZh };
}

function parseBounds(value: unknown): Bounds | string {
  if (!isRecord(value)) return 'must be an object with min and/or max';
  const bounds: Bounds = {};
  for (const side of ['min', 'max'] as const) {
    const v = value[side];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return `${side} must be a number ≥ 0`;
    bounds[side] = v;
  }
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) return 'min is larger than max';
  return bounds;
}

/** Reads a threshold preset (the shape of data/thresholds-example.json); bad values are named. */
export function parseThresholdPreset(value: unknown): ThresholdParseResult {
  if (!isRecord(value)) return fail('the threshold file must hold one JSON object', '门槛文件应为一个 JSON 对象');
  const preset: ThresholdPreset = {
    id: typeof value.id === 'string' ? value.id : 'custom',
    name: typeof value.name === 'string' ? value.name : '自定义门槛',
    nameEn: typeof value.nameEn === 'string' ? value.nameEn : 'Custom thresholds',
    isExample: value.isExample === true,
  };
  for (const key of NUMBER_KEYS) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      return fail(`threshold "${key}" must be a number ≥ 0`, `门槛“${key}”应为不小于 0 的数`);
    }
    preset[key] = v;
  }
  for (const key of BOUND_KEYS) {
    if (value[key] === undefined) continue;
    const bounds = parseBounds(value[key]);
    if (typeof bounds === 'string') return fail(`threshold "${key}": ${bounds}`, `门槛“${key}”有误：${bounds}`);
    preset[key] = bounds;
  }
  return { ok: true, preset };
}
