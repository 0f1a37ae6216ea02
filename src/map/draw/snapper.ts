/**
 * Snapping for the drawing tools, on the core's snap index (src/geo/edit/snap.ts): vertices of
 * plots, parks and districts first, then their edges, within a few pixels. Held Alt suspends
 * it. Every point handed out is remembered exactly, so that a shape whose coordinates the
 * drawing library rounded (to 9 decimals) gets the very coordinates it was snapped to.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createSnapIndex, snap, type SnapIndex, type SnapKind } from '../../geo/edit/snap.ts';
import { SNAP_SOURCE, setEditSource } from './editLayers.ts';

export const SNAP_TOLERANCE_PX = 10;
/** a rounded coordinate within this many degrees of a snapped one is taken back to it (~1 mm) */
const EXACT_TOLERANCE_DEG = 1e-8;

type Areas = readonly Feature<Polygon | MultiPolygon>[];

export class Snapper {
  enabled = true;
  private targets: { plots: Areas; parks: Areas; districts: Areas } = { plots: [], parks: [], districts: [] };
  private index: SnapIndex | null = null;
  private plotIndexById = new Map<string, number>();
  private ignored = new Set<number>();
  private handedOut: Position[] = [];
  private altHeld = false;
  private readonly onKey = (event: KeyboardEvent): void => {
    this.altHeld = event.altKey;
  };
  private readonly onPointer = (event: PointerEvent): void => {
    this.altHeld = event.altKey;
  };

  constructor(private readonly map: MapLibreMap) {
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('keyup', this.onKey, true);
    map.getCanvasContainer().addEventListener('pointermove', this.onPointer, true);
  }

  destroy(): void {
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('keyup', this.onKey, true);
    this.map.getCanvasContainer().removeEventListener('pointermove', this.onPointer, true);
  }

  /** New targets; the index is rebuilt on the next snap, not now. */
  setTargets(plots: Areas, parks: Areas, districts: Areas): void {
    if (plots === this.targets.plots && parks === this.targets.parks && districts === this.targets.districts) return;
    this.targets = { plots, parks, districts };
    this.index = null;
  }

  /** Plots not to snap to (the ones being reshaped or moved). */
  ignorePlots(ids: readonly string[]): void {
    this.ensureIndex();
    this.ignored = new Set(ids.flatMap((id) => this.plotIndexById.get(id) ?? []));
  }

  /** The snapped point for a pointer position, or null (off, Alt held, nothing near). Shows the indicator. */
  snapPoint(lngLat: Position): { point: Position; kind: SnapKind } | null {
    if (!this.enabled || this.altHeld) return this.show(null);
    const toScreen = (p: Position): readonly [number, number] => {
      const px = this.map.project([p[0] as number, p[1] as number]);
      return [px.x, px.y];
    };
    const result = snap(this.ensureIndex(), lngLat, SNAP_TOLERANCE_PX, toScreen, { ignoreSources: this.ignored });
    if (result.kind === 'none') return this.show(null);
    this.handedOut.push(result.point);
    if (this.handedOut.length > 500) this.handedOut.splice(0, 250);
    return this.show({ point: result.point, kind: result.kind });
  }

  /** The exact snapped coordinate a rounded one stands for, or the coordinate itself. */
  exact(position: Position): Position {
    for (let i = this.handedOut.length - 1; i >= 0; i--) {
      const p = this.handedOut[i] as Position;
      if (Math.abs((p[0] as number) - (position[0] as number)) <= EXACT_TOLERANCE_DEG
        && Math.abs((p[1] as number) - (position[1] as number)) <= EXACT_TOLERANCE_DEG) return p;
    }
    return position;
  }

  /** Forgets the points handed out (a new shape starts) and hides the indicator. */
  reset(): void {
    this.handedOut = [];
    this.show(null);
  }

  hide(): void {
    this.show(null);
  }

  private show<T extends { point: Position; kind: SnapKind } | null>(snapped: T): T {
    setEditSource(this.map, SNAP_SOURCE, snapped === null ? [] : [{
      type: 'Feature', properties: { kind: snapped.kind }, geometry: { type: 'Point', coordinates: snapped.point },
    }]);
    return snapped;
  }

  private ensureIndex(): SnapIndex {
    if (this.index !== null) return this.index;
    const { plots, parks, districts } = this.targets;
    this.plotIndexById = new Map(plots.map((f, i) => [String(f.properties?.['id'] ?? ''), i]));
    this.index = createSnapIndex([...plots, ...parks, ...districts].map((f) => f.geometry));
    return this.index;
  }
}
