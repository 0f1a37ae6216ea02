/**
 * What Present mode's wiring works with: the store, the map's presenter door (null before the
 * map exists), the engine's per-plot values, and a way to wait until page and map show the
 * current state.
 */
import type { MapPresenter } from '../map/presentMap.ts';
import type { PlotThemeValue } from '../state/engineProtocol.ts';
import type { Store } from '../state/store.ts';
import type { ZoneStats } from '../stats/types.ts';

export interface PresentContext {
  store: Store;
  presenter(): MapPresenter | null;
  themeValues(): readonly PlotThemeValue[];
  /** the zone figures shown (for headline numbers); null while computing */
  stats(): ZoneStats | null;
  /** resolves once the page and the map have rendered the current state */
  settled(): Promise<void>;
}
