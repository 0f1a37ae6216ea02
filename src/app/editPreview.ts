/**
 * The engine's preview while the planner draws, reshapes or moves: the provisional plots go to
 * the worker (one request in flight, the newest shape waiting behind it, so a fast pointer never
 * queues work), and its zone figures stand in for the committed ones until the shape is gone.
 * The page's own cost per update is a message and a render.
 */
import type { EngineClient } from '../state/engineClient.ts';
import { previewFeaturesOf } from '../state/editPreview.ts';
import type { Store } from '../state/store.ts';
import type { SourceFeature } from '../state/types.ts';
import type { ZoneStats } from '../stats/types.ts';

export class EditPreview {
  /** the zone figures with the provisional shape in; null when there is none */
  stats: ZoneStats | null = null;
  private sent: readonly SourceFeature[] = [];
  private busy = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly store: Store, private readonly engine: EngineClient, private readonly changed: () => void) {
    this.unsubscribe = store.subscribe(() => this.update());
  }

  dispose(): void {
    this.unsubscribe();
  }

  private update(): void {
    if (this.busy) return;
    const state = this.store.getState();
    const features = previewFeaturesOf(state);
    if (features === this.sent) return;
    this.sent = features;
    if (features.length === 0) {
      if (this.stats !== null) {
        this.stats = null;
        this.changed();
      }
      return;
    }
    this.busy = true;
    this.engine.request({ op: 'previewEdit', features, presetId: state.presetId }).then(({ stats }) => {
      this.busy = false;
      if (this.sent === features && previewFeaturesOf(this.store.getState()).length > 0) {
        this.stats = stats;
        this.changed();
      }
      this.update();
    }, (error: unknown) => {
      this.busy = false;
      console.error('ParkZone: the engine could not preview the shape', error);
    });
  }
}
