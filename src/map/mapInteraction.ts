/**
 * Pointer interaction: hover highlight of plots (feature state) and clicks on plots and districts.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { DISTRICT_FILL_LAYER, PLOT_FILL_LAYER } from './mapStyle.ts';

export interface MapClickHandlers {
  /** `additive`: shift was held (add the plot to the picked plots, or take it out) */
  plotClicked(id: string, additive: boolean): void;
  districtClicked(id: string): void;
  emptyClicked(): void;
}

function idOf(properties: Record<string, unknown> | null | undefined): string | null {
  const id = properties?.['id'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/** Wires hover and click (while `picking()` says clicks pick); returns the function that unwires them. */
export function attachInteraction(map: MapLibreMap, handlers: MapClickHandlers, picking: () => boolean = () => true): () => void {
  let hoveredId: string | number | undefined;
  const setHover = (id: string | number | undefined): void => {
    if (hoveredId === id) return;
    if (hoveredId !== undefined) map.setFeatureState({ source: 'plots', id: hoveredId }, { hover: false });
    hoveredId = id;
    if (id !== undefined) map.setFeatureState({ source: 'plots', id }, { hover: true });
    map.getCanvas().style.cursor = id === undefined ? '' : 'pointer';
  };
  const onMove = (event: MapLayerMouseEvent): void => setHover(event.features?.[0]?.id);
  const onLeave = (): void => setHover(undefined);
  const onClick = (event: MapMouseEvent): void => {
    if (!picking()) return;
    const layers = [PLOT_FILL_LAYER, DISTRICT_FILL_LAYER].filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
    const hits = map.queryRenderedFeatures(event.point, { layers });
    const plot = hits.find((f) => f.layer.id === PLOT_FILL_LAYER);
    const plotId = idOf(plot?.properties);
    if (plotId !== null) return handlers.plotClicked(plotId, event.originalEvent.shiftKey);
    const districtId = idOf(hits.find((f) => f.layer.id === DISTRICT_FILL_LAYER)?.properties);
    if (districtId !== null) return handlers.districtClicked(districtId);
    handlers.emptyClicked();
  };
  map.on('mousemove', PLOT_FILL_LAYER, onMove);
  map.on('mouseleave', PLOT_FILL_LAYER, onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', PLOT_FILL_LAYER, onMove);
    map.off('mouseleave', PLOT_FILL_LAYER, onLeave);
    map.off('click', onClick);
  };
}
