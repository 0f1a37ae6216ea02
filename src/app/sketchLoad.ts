/**
 * Putting a sketch's plots on the map and into the engine. A sketch that holds what is already
 * shown changes nothing; otherwise its plots go through the engine's reader, as a file would,
 * and replace the plot layer (a new sketch starts a new undo history). A sketch that cannot be
 * shown whole is not shown at all, so that no save can drop what was not read.
 */
import type { SketchFeature } from '../domain/sketch.ts';
import type { EngineClient } from '../state/engineClient.ts';
import { layerEquals, plotsFileText } from '../state/sketchModel.ts';
import type { Store } from '../state/store.ts';

export type LoadOutcome = { ok: true } | { ok: false; messageZh: string; messageEn: string };

export async function loadPlotsIntoApp(store: Store, engine: EngineClient, features: readonly SketchFeature[]): Promise<LoadOutcome> {
  const layer = store.getState().data.plots;
  if (layerEquals(layer, features)) return { ok: true };
  if (features.length === 0) {
    const { dataVersion } = await engine.request({ op: 'applyEdit', upsert: [], remove: layer.features.map((f) => f.id) });
    store.dispatch({ type: 'layer-replaced', kind: 'plots', features: [], dataVersion });
    return { ok: true };
  }
  const { importId, report } = await engine.request({ op: 'validate', kind: 'plots', text: plotsFileText(features) });
  if (report.verdict === 'refused') {
    return { ok: false, messageZh: report.refused?.messageZh ?? '草案的地块无法读取。', messageEn: report.refused?.messageEn ?? 'The sketch\'s plots could not be read.' };
  }
  if (report.skipped.length > 0) {
    // shown without some plots, the next save would drop them from the stored sketch
    await engine.request({ op: 'discard', importId });
    return { ok: false, messageZh: `草案有 ${report.skipped.length} 个地块无法读取。`, messageEn: `${report.skipped.length} plots of the sketch could not be read.` };
  }
  const { dataVersion, features: loaded } = await engine.request({ op: 'commit', importId });
  store.dispatch({ type: 'layer-replaced', kind: 'plots', features: loaded, dataVersion });
  return { ok: true };
}

/** Resolves once the zone has loaded (or failed to): the baseline is then on the map. */
export function zoneLoaded(store: Store): Promise<void> {
  return new Promise((resolve) => {
    if (store.getState().loadStatus !== 'loading') return resolve();
    const unsubscribe = store.subscribe((state) => {
      if (state.loadStatus === 'loading') return;
      unsubscribe();
      resolve();
    });
  });
}
