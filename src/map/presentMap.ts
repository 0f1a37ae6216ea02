/**
 * Present mode's narrow door to the map: read the camera, fly to a scene's camera, 3D blocks
 * with pitch, and PNG export of the view. <pz-map> hands this out; nothing else outside
 * src/map touches the map.
 */
import type * as maplibregl from 'maplibre-gl';
import { exportMapImage, type ExportDecorations, type ExportSize } from './exportImage.ts';
import { ExtrusionLayer } from './extrusionLayer.ts';
import type { MapAreaCollection } from './mapTypes.ts';

/** A camera as a scene keeps it; `center` is [lon, lat]. */
export interface MapCamera {
  center: readonly [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

const FLIGHT_MS = 2200;
const PRESENT_MAX_PITCH = 70;
/** the tilt 3D starts from when the view is flat */
const DEFAULT_3D_PITCH = 55;

export class MapPresenter {
  private readonly extrusion: ExtrusionLayer;

  constructor(private readonly map: maplibregl.Map) {
    this.extrusion = new ExtrusionLayer(map);
  }

  camera(): MapCamera {
    const center = this.map.getCenter();
    return { center: [center.lng, center.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Present mode allows tilt; leaving it lays the map flat again. */
  setPresenting(on: boolean): void {
    if (on) {
      this.map.setMaxPitch(PRESENT_MAX_PITCH);
      return;
    }
    this.extrusion.set(null);
    this.map.jumpTo({ pitch: 0 });
    this.map.setMaxPitch(0);
  }

  /** Moves to `camera`, flying when `animate`; resolves when the map stands still. */
  goTo(camera: MapCamera, animate: boolean): Promise<void> {
    const map = this.map;
    if (camera.pitch > map.getMaxPitch()) map.setMaxPitch(Math.min(85, camera.pitch));
    const target = { center: [camera.center[0], camera.center[1]] as [number, number], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
    const moved = new Promise<void>((resolve) => map.once('moveend', () => resolve()));
    // not `essential`: a viewer who asked the system for reduced motion gets a jump
    if (animate) map.flyTo({ ...target, duration: FLIGHT_MS });
    else map.jumpTo(target);
    return moved;
  }

  /** 3D blocks on (with a tilt when the view is flat) or off (the view laid flat). */
  set3d(data: MapAreaCollection | null, adjustPitch: boolean): void {
    this.extrusion.set(data);
    if (!adjustPitch) return;
    if (data !== null && this.map.getPitch() < 10) this.map.easeTo({ pitch: DEFAULT_3D_PITCH, duration: 800 });
    if (data === null && this.map.getPitch() > 0) this.map.easeTo({ pitch: 0, duration: 800 });
  }

  /** The view as a PNG of `size`, with title, legend, scale bar, north arrow and date. */
  exportImage(size: ExportSize, decorations: ExportDecorations): Promise<Blob> {
    return exportMapImage(this.map, size, decorations);
  }

  /** Resolves when the map has drawn everything and stands still. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }
}

const presenters = new WeakMap<maplibregl.Map, MapPresenter>();

/** The one presenter of a map. */
export function presenterFor(map: maplibregl.Map): MapPresenter {
  let presenter = presenters.get(map);
  if (presenter === undefined) {
    presenter = new MapPresenter(map);
    presenters.set(map, presenter);
  }
  return presenter;
}
