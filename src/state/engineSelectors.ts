/**
 * Selectors that ask the engine (in its worker) for derived numbers, memoised on their inputs:
 * the same state asks the engine once, and a component never computes a figure itself.
 */
import type { PlotFigures, ZoneStats } from '../stats/types.ts';
import type { EngineClient } from './engineClient.ts';
import type { PlotThemeValue } from './engineProtocol.ts';
import type { AppState } from './types.ts';

export interface EngineSelectors {
  zoneStats(state: AppState): Promise<ZoneStats>;
  plotFigures(state: AppState, plotId: string): Promise<PlotFigures | null>;
  plotThemeValues(state: AppState): Promise<PlotThemeValue[]>;
}

/** Remembers the last few answers by key; a failed request is forgotten so it can be retried. */
function memoLatest<T>(size: number): (key: string, compute: () => Promise<T>) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key, compute) => {
    const hit = cache.get(key);
    if (hit) return hit;
    const value = compute();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
    while (cache.size > size) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    return value;
  };
}

export function createEngineSelectors(engine: EngineClient): EngineSelectors {
  const stats = memoLatest<ZoneStats>(2);
  const figures = memoLatest<PlotFigures | null>(32);
  const themeValues = memoLatest<PlotThemeValue[]>(2);
  return {
    zoneStats: (state) =>
      stats(`${state.dataVersion}`, async () => (await engine.request({ op: 'stats' })).stats),
    plotFigures: (state, plotId) =>
      figures(`${state.dataVersion}|${state.presetId}|${plotId}`, async () =>
        (await engine.request({ op: 'plotFigures', plotId, presetId: state.presetId })).figures),
    plotThemeValues: (state) =>
      themeValues(`${state.dataVersion}|${state.presetId}`, async () =>
        (await engine.request({ op: 'plotThemeValues', presetId: state.presetId })).values),
  };
}
