/** Small frozen states and plots for the edit tests, built by factories. */
import type { PlotChangeSet } from '../../../src/domain/changeSet.ts';
import type { Plot } from '../../../src/domain/plot.ts';
import type { PolygonGeometry } from '../../../src/domain/geometry.ts';
import { initialState } from '../../../src/state/initialState.ts';
import type { AppState, SourceFeature } from '../../../src/state/types.ts';

/** A square plot of `side` degrees with its south-west corner at (lon, lat). */
export function square(lon: number, lat: number, side = 0.001): PolygonGeometry {
  return { type: 'Polygon', coordinates: [[[lon, lat], [lon + side, lat], [lon + side, lat + side], [lon, lat + side], [lon, lat]]] };
}

export function feature(id: string, lon: number, properties: Record<string, unknown> = {}): SourceFeature {
  return { index: 0, id, geometry: square(lon, 34.2), properties: { id, ...properties } };
}

export function plot(id: string, lon: number, properties: Record<string, unknown> = {}): Plot {
  return { id, geometry: square(lon, 34.2), attributes: {}, properties: { id, ...properties } };
}

export function stateWith(features: readonly SourceFeature[]): AppState {
  const state = initialState('zh', '');
  return { ...state, loadStatus: 'ready', dataVersion: 3, data: { ...state.data, plots: { version: 1, features } } };
}

export const ADD_C: PlotChangeSet = { added: [plot('C', 117.02)], removed: [], changed: [] };
