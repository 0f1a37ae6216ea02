/**
 * Opening data: the sample zone at start, and the user's files through check → report → confirm.
 * Every file goes through the core validator in the engine worker; nothing is replaced before
 * the user confirms, and a refused or cancelled file changes nothing.
 */
import type { EngineClient } from '../state/engineClient.ts';
import type { Store } from '../state/store.ts';
import { LAYER_KINDS, type LayerKind } from '../state/types.ts';
import { zoneUrls } from './sampleData.ts';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the sample districts, parks and plots, in that order (plots are checked against districts). */
export async function loadSample(store: Store, engine: EngineClient, search: string): Promise<void> {
  const urls = zoneUrls(search);
  try {
    for (const kind of LAYER_KINDS) {
      const response = await fetch(urls[kind]);
      if (!response.ok) throw new Error(`${urls[kind]}: HTTP ${response.status}`);
      const { importId, report } = await engine.request({ op: 'validate', kind, text: await response.text() });
      if (report.verdict === 'refused') throw new Error(report.refused?.messageEn ?? `${kind} refused`);
      const { dataVersion, features } = await engine.request({ op: 'commit', importId });
      store.dispatch({ type: 'layer-replaced', kind, features, dataVersion });
    }
    store.dispatch({ type: 'load-finished' });
  } catch (error) {
    console.error('ParkZone: the sample zone could not be loaded', error);
    store.dispatch({ type: 'load-failed', errorText: errorText(error) });
  }
}

/** A good first guess of what a file holds, from its name. */
export function guessKind(fileName: string): LayerKind {
  if (/district|片区|分区/i.test(fileName)) return 'districts';
  if (/park|园/i.test(fileName)) return 'parks';
  return 'plots';
}

async function discardPending(store: Store, engine: EngineClient): Promise<void> {
  const flow = store.getState().importFlow;
  if (flow?.step === 'report' && flow.report.verdict === 'imported') {
    await engine.request({ op: 'discard', importId: flow.importId });
  }
}

/** Reads and checks a file, then shows the report; nothing is replaced yet. */
export async function checkFile(store: Store, engine: EngineClient, file: File, kind: LayerKind): Promise<void> {
  await discardPending(store, engine);
  const fileName = file.name;
  store.dispatch({ type: 'import-flow-changed', flow: { step: 'checking', kind, fileName, file } });
  try {
    const text = await file.text();
    const { importId, report } = await engine.request({ op: 'validate', kind, text });
    store.dispatch({ type: 'import-flow-changed', flow: { step: 'report', kind, fileName, file, importId, report } });
  } catch (error) {
    console.error('ParkZone: a file could not be checked', error);
    store.dispatch({ type: 'import-flow-changed', flow: { step: 'failed', kind, fileName, file, errorText: errorText(error) } });
  }
}

/** Replaces the layer with the checked file, after the user's confirmation. */
export async function confirmImport(store: Store, engine: EngineClient): Promise<void> {
  const flow = store.getState().importFlow;
  if (flow?.step !== 'report' || flow.report.verdict !== 'imported') return;
  const { dataVersion, kind, features } = await engine.request({ op: 'commit', importId: flow.importId });
  store.dispatch({ type: 'layer-replaced', kind, features, dataVersion });
  store.dispatch({ type: 'import-flow-changed', flow: { step: 'done', kind, fileName: flow.fileName, featureCount: features.length } });
}

/** Closes the dialog; a checked file that was not confirmed is dropped. */
export async function cancelImport(store: Store, engine: EngineClient): Promise<void> {
  await discardPending(store, engine);
  store.dispatch({ type: 'import-flow-changed', flow: null });
}
