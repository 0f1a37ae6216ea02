/**
 * A map button that brings the whole zone back into view. Its label comes from the app (the map
 * holds no UI text of its own).
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { MapBox } from './mapTypes.ts';

const FIT_PADDING_PX = 40;

/** Moves the map so the box fills it (with a margin), animated or at once. */
export function fitBox(map: MapLibreMap, box: MapBox, animate: boolean): void {
  map.fitBounds([[box[0], box[1]], [box[2], box[3]]], {
    padding: FIT_PADDING_PX, animate, duration: animate ? 900 : 0, maxZoom: 17,
  });
}

export function sameBox(a: MapBox, b: MapBox | null): boolean {
  return b !== null && a.every((value, i) => value === b[i]);
}

const ICON = '<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true"><path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" fill="none" stroke="#333" stroke-width="2"/></svg>';

export class FitZoneControl implements IControl {
  private container: HTMLDivElement | null = null;
  private button: HTMLButtonElement | null = null;

  constructor(private readonly onFit: () => void, private label: string) {}

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pz-fit-zone';
    button.setAttribute('data-testid', 'fit-zone');
    // A fixed, trusted icon: no data ever goes into innerHTML.
    button.innerHTML = ICON;
    button.addEventListener('click', this.onFit);
    container.append(button);
    this.container = container;
    this.button = button;
    this.setLabel(this.label);
    return container;
  }

  onRemove(): void {
    this.button?.removeEventListener('click', this.onFit);
    this.container?.remove();
    this.container = null;
    this.button = null;
  }

  setLabel(label: string): void {
    this.label = label;
    this.button?.setAttribute('title', label);
    this.button?.setAttribute('aria-label', label);
  }
}
