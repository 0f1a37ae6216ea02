/**
 * The change of every figure between two ZoneStats: for each district, park and the zone, every
 * occupancy figure, every per-亩 roll-up, every cluster-density figure (named
 * `clusters.<industry>.<figure>`) and, for the zone, `agglomeration.ratio`. A figure that is no
 * data on either side has change null.
 */
import type { Ratio } from '../domain/ratio.ts';
import { ZONE_ID } from './sums.ts';
import type { ZoneStats } from './types.ts';

export interface FigureChange {
  areaId: string;
  /** field name of Occupancy / Efficiency, or `clusters.<industry>.<field>`, or `agglomeration.ratio` */
  figure: string;
  before: Ratio;
  after: Ratio;
  /** after − before; null when either is no data */
  change: Ratio;
  /** the after value includes investment projected at the threshold intensity */
  projected: boolean;
}

type FigureMap = Map<string, Map<string, Ratio>>;

function put(map: FigureMap, areaId: string, figure: string, value: unknown): void {
  if (typeof value !== 'number' && value !== null) return;
  let figures = map.get(areaId);
  if (figures === undefined) {
    figures = new Map();
    map.set(areaId, figures);
  }
  figures.set(figure, value);
}

function putAll(map: FigureMap, row: { areaId: string }, prefix = ''): void {
  for (const [key, value] of Object.entries(row)) {
    if (key !== 'areaId' && key !== 'industry') put(map, row.areaId, prefix + key, value);
  }
}

/** Every figure of a ZoneStats by area id and figure name. */
export function figuresOf(stats: ZoneStats): FigureMap {
  const map: FigureMap = new Map();
  for (const row of [...stats.districts, ...stats.parks, stats.zone]) putAll(map, row);
  for (const row of stats.efficiency) putAll(map, row);
  for (const row of stats.clusters) putAll(map, row, `clusters.${row.industry}.`);
  put(map, ZONE_ID, 'agglomeration.ratio', stats.agglomeration.ratio);
  return map;
}

/** Before/after/change of each figure, areas in the after order (then areas only before). */
export function compareFigures(before: ZoneStats, after: ZoneStats, projectedAreaIds: ReadonlySet<string> = new Set()): FigureChange[] {
  const a = figuresOf(before);
  const b = figuresOf(after);
  const areaIds = [...new Set([...b.keys(), ...a.keys()])];
  const changes: FigureChange[] = [];
  for (const areaId of areaIds) {
    const names = [...new Set([...(b.get(areaId)?.keys() ?? []), ...(a.get(areaId)?.keys() ?? [])])];
    for (const figure of names) {
      const old = a.get(areaId)?.get(figure) ?? null;
      const now = b.get(areaId)?.get(figure) ?? null;
      const change = old === null || now === null ? null : now - old;
      const projected = figure === 'investmentWanYuanPerMu' && projectedAreaIds.has(areaId);
      changes.push({ areaId, figure, before: old, after: now, change, projected });
    }
  }
  return changes;
}
