/**
 * <pz-map>: the only component that sees the map. Properties down (data, theme, selection),
 * events up: pz-plot-selected, pz-district-selected, pz-selection-cleared.
 */
import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { MapView, type MapViewProps } from './mapView.ts';
import type { MapBox, MapFocus, MapLayerToggles, MapPlotStateValue, MapSelection, MapSourcesData, MapThemeSpec } from './mapTypes.ts';
import type { MapEditProps } from './draw/drawTypes.ts';
import { editCallbacksFor } from './draw/editEvents.ts';
import { presenterFor, type MapPresenter } from './presentMap.ts';
import { ReviewOverlayLayers, type ReviewOverlayData } from './reviewOverlay.ts';

const NO_EDIT: MapEditProps = { tool: null, snapEnabled: false, selectedPlotIds: [], vertexTarget: null };

export interface PzIdEventDetail {
  id: string;
}

@customElement('pz-map')
export class PzMap extends LitElement {
  static override styles = [unsafeCSS(maplibreCss), css`
    :host { display: block; position: relative; min-height: 200px; }
    #map { position: absolute; inset: 0; }
    /* Controls and the scale bar grow with the UI's root font on large screens. */
    .maplibregl-ctrl-group button { width: max(29px, 1.8rem); height: max(29px, 1.8rem); }
    .maplibregl-ctrl button .maplibregl-ctrl-icon { background-size: contain; }
    .maplibregl-ctrl-scale { font-size: max(11px, 0.75rem); }
  `];

  @property({ attribute: false }) sources: MapSourcesData | null = null;
  @property({ attribute: false }) theme: MapThemeSpec | null = null;
  @property({ attribute: false }) plotStates: readonly MapPlotStateValue[] = [];
  @property({ attribute: false }) toggles: MapLayerToggles | null = null;
  @property() override lang: 'zh' | 'en' = 'zh';
  @property({ attribute: false }) selection: MapSelection = null;
  @property({ attribute: false }) focusRequest: MapFocus | null = null;
  @property({ attribute: false }) zoneBox: MapBox | null = null;
  @property() basemapUrl = '';
  @property() fitZoneLabel = '';
  /** Plan mode's editing tools; events: pz-draft-changed, pz-shape-drawn, … (draw/editEvents.ts) */
  @property({ attribute: false }) edit: MapEditProps = NO_EDIT;
  /** Review mode's cluster hulls and hexagon grid (reviewOverlay.ts); null hides them */
  @property({ attribute: false }) reviewOverlay: ReviewOverlayData | null = null;
  private reviewLayers: ReviewOverlayLayers | null = null;

  private view: MapView | null = null;
  private resizeObserver: ResizeObserver | null = null;

  override render() {
    return html`<div id="map" role="application" aria-label="map"></div>`;
  }

  override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('#map');
    if (!container) return;
    this.view = new MapView(container, {
      plotClicked: (id, additive) => (additive ? this.emit('pz-plot-toggled', { id }) : this.emit('pz-plot-selected', { id })),
      districtClicked: (id) => this.emit('pz-district-selected', { id }),
      emptyClicked: () => this.dispatchEvent(new CustomEvent('pz-selection-cleared', { bubbles: true, composed: true })),
    }, () => this.markIdle(), editCallbacksFor(this));
    this.resizeObserver = new ResizeObserver(() => {
      this.view?.map.resize();
      const scale = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) / 16;
      if (Number.isFinite(scale) && scale !== this.labelScale) {
        this.labelScale = scale;
        this.applyProps();
      }
    });
    this.resizeObserver.observe(this);
    this.applyProps();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.size > 0) this.applyProps();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.view?.destroy();
    this.view = null;
    this.reviewLayers = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a disconnect: the map was destroyed, so build it again.
    if (this.hasUpdated && this.view === null) this.firstUpdated();
  }

  /**
   * Where a point is drawn, in pixels from the element's top-left corner; null before the map
   * exists. For overlays and for the browser tests, which click plots as a user would.
   */
  projectLngLat(lon: number, lat: number): { x: number; y: number } | null {
    return this.view?.project(lon, lat) ?? null;
  }

  /** Resolves when the map has finished drawing (for the browser tests and screenshots). */
  whenIdle(): Promise<void> {
    return this.view?.whenIdle() ?? Promise.reject(new Error('the map is not shown'));
  }

  /** Counts the times the map finished drawing, as an attribute the browser tests wait on. */
  private markIdle(): void {
    this.idleCount += 1;
    this.setAttribute('data-idle-count', String(this.idleCount));
    this.setAttribute('data-plot-count', String(this.sources?.plots.features.length ?? 0));
  }

  private idleCount = 0;
  private labelScale = 1;

  private applyProps(): void {
    if (!this.view || !this.sources || !this.theme || !this.toggles) return;
    const props: MapViewProps = {
      sources: this.sources, theme: this.theme, plotStates: this.plotStates, toggles: this.toggles,
      lang: this.lang, selection: this.selection, focus: this.focusRequest, zoneBox: this.zoneBox, basemapUrl: this.basemapUrl,
      fitZoneLabel: this.fitZoneLabel, labelScale: this.labelScale, edit: this.edit,
    };
    this.view.apply(props);
    if (this.reviewOverlay !== null || this.reviewLayers !== null) {
      this.reviewLayers ??= new ReviewOverlayLayers(this.view.map);
      this.reviewLayers.set(this.reviewOverlay);
    }
  }

  /** Present mode's door to the map (camera, flights, 3D, image export); null before the map exists. */
  get presenter(): MapPresenter | null {
    return this.view === null ? null : presenterFor(this.view.map);
  }

  /** Delete pressed while reshaping: removes the picked vertex; false when the key is not the map's. */
  deletePickedVertex(): boolean {
    return this.view?.deletePickedVertex() ?? false;
  }

  private emit(type: 'pz-plot-selected' | 'pz-district-selected' | 'pz-plot-toggled', detail: PzIdEventDetail): void {
    this.dispatchEvent(new CustomEvent<PzIdEventDetail>(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pz-map': PzMap;
  }
}
