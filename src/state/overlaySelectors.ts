/**
 * The review overlays as map data: the engine's clusters and hexagons (asked once per data
 * version and parameters) turned into GeoJSON collections. No figure is computed here: hull
 * rings, hexagon rings and counts come from the engine.
 */
import type { Feature, Polygon } from 'geojson';
import type { HexCell, SpatialCluster } from '../stats/types.ts';
import type { EngineClient } from './engineClient.ts';
import { presetsOf } from './presetActions.ts';
import type { AppState } from './types.ts';
import type { ReviewResponses } from './presetProtocol.ts';

type OverlayAnswer = ReviewResponses['reviewOverlay'];
export interface OverlayCollections {
  hulls: { type: 'FeatureCollection'; features: Feature<Polygon>[] };
  hexes: { type: 'FeatureCollection'; features: Feature<Polygon>[] };
}

/** Whether the state wants overlay figures at all (Review mode, an overlay switched on). */
export function overlayWanted(state: AppState): boolean {
  const overlay = presetsOf(state).overlay;
  return state.mode === 'review' && state.dataVersion > 0 && (overlay.hulls || overlay.hex);
}

export function overlayKeyOf(state: AppState): string {
  const { epsM, minPts, cellSizeM } = presetsOf(state).overlay.params;
  return `${state.dataVersion}|${epsM}|${minPts}|${cellSizeM}`;
}

/** Asks the engine for the overlay figures of `state`, memoised on the last key. */
export function createOverlaySelector(engine: EngineClient): (state: AppState) => Promise<OverlayAnswer> {
  let last: { key: string; value: Promise<OverlayAnswer> } | null = null;
  return (state) => {
    const key = overlayKeyOf(state);
    if (last?.key === key) return last.value;
    const value = engine.request({ op: 'reviewOverlay', params: presetsOf(state).overlay.params });
    last = { key, value };
    value.catch(() => { if (last?.key === key) last = null; });
    return value;
  };
}

function hullFeature(cluster: SpatialCluster): Feature<Polygon> | null {
  if (cluster.hull.length < 4) return null;
  return {
    type: 'Feature', geometry: { type: 'Polygon', coordinates: [cluster.hull] },
    properties: { industry: cluster.industry, plotCount: cluster.plotCount, clusterIndex: cluster.clusterIndex },
  };
}

function hexFeature(cell: HexCell, maxCount: number): Feature<Polygon> {
  return {
    type: 'Feature', geometry: { type: 'Polygon', coordinates: [cell.ring] },
    properties: { key: cell.key, plotCount: cell.plotCount, densityShare: maxCount > 0 ? cell.plotCount / maxCount : 0 },
  };
}

export function overlayCollectionsOf(clusters: readonly SpatialCluster[], hexCells: readonly HexCell[]): OverlayCollections {
  const maxCount = hexCells.reduce((m, c) => Math.max(m, c.plotCount), 0);
  return {
    hulls: { type: 'FeatureCollection', features: clusters.map(hullFeature).filter((f) => f !== null) },
    hexes: { type: 'FeatureCollection', features: hexCells.filter((c) => c.plotCount > 0).map((c) => hexFeature(c, maxCount)) },
  };
}
