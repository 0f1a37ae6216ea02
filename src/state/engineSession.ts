/**
 * The engine's side of the worker protocol: the source data the engine was built from, files
 * waiting for the user's confirmation, and the engine itself, rebuilt when data or preset change
 * (edits go into it plot by plot, editEngineOps.ts). Plain TypeScript with no DOM, so it runs in
 * the worker and in Node alike.
 */
import { buildEngine, plotFiguresOf, plotThemeValuesOf, validateText, zoneStatsOf } from './engineCore.ts';
import { DEFAULT_PRESET_ID, themePropertiesOf } from './coreViews.ts';
import { createEditOps } from './editEngineOps.ts';
import { createReviewOps } from './presetEngineOps.ts';
import type { EngineOp, EngineResponses, RequestOf } from './engineProtocol.ts';
import type { LayerKind, SourceFeature } from './types.ts';

type Engine = ReturnType<typeof buildEngine>;

export interface EngineSession {
  handle<O extends EngineOp>(request: RequestOf<O>): EngineResponses[O];
}

export function createEngineSession(): EngineSession {
  const data: Record<LayerKind, readonly SourceFeature[]> = { districts: [], parks: [], plots: [] };
  const pending = new Map<number, { kind: LayerKind; features: SourceFeature[] }>();
  let nextImportId = 1;
  let dataVersion = 0;
  let engine: { version: number; value: Engine } | null = null;

  function engineFor(presetId: string): Engine {
    if (engine === null || engine.version !== dataVersion) {
      engine = { version: dataVersion, value: buildEngine(data, presetId) };
    }
    review.applyPreset(engine.value, presetId);
    return engine.value;
  }

  const edits = createEditOps({
    engineFor,
    currentEngine: () => (engine !== null && engine.version === dataVersion ? engine.value : null),
    plots: () => data.plots,
    setPlots(plots) {
      const current = engine !== null && engine.version === dataVersion;
      data.plots = plots;
      dataVersion += 1;
      if (current && engine !== null) engine.version = dataVersion;
      return dataVersion;
    },
    dataVersion: () => dataVersion,
  });

  const review = createReviewOps({ engineFor, dataVersion: () => dataVersion, zone: () => data });

  const handlers: { [O in EngineOp]: (request: RequestOf<O>) => EngineResponses[O] } = {
    validate({ kind, text }) {
      const { report, features } = validateText(kind, text, data.districts);
      const importId = nextImportId++;
      if (report.verdict !== 'refused') {
        const withKeys = kind === 'plots' ? features.map((f) => ({ ...f, themeKeys: themePropertiesOf(f) })) : features;
        pending.set(importId, { kind, features: withKeys });
      }
      return { importId, report };
    },
    commit({ importId }) {
      const waiting = pending.get(importId);
      if (waiting === undefined) throw new Error(`no file waiting under import ${importId}`);
      pending.delete(importId);
      data[waiting.kind] = waiting.features;
      dataVersion += 1;
      return { dataVersion, kind: waiting.kind, features: waiting.features };
    },
    discard({ importId }) {
      pending.delete(importId);
      return { dataVersion };
    },
    stats() {
      return { dataVersion, stats: zoneStatsOf(engineFor(DEFAULT_PRESET_ID)) };
    },
    plotFigures({ plotId, presetId }) {
      return { dataVersion, figures: plotFiguresOf(engineFor(presetId), plotId) };
    },
    plotThemeValues({ presetId }) {
      const ids = data.plots.map((plot) => plot.id);
      return { dataVersion, values: plotThemeValuesOf(engineFor(presetId), ids) };
    },
    reviewPlots({ presetId }) {
      const engine = engineFor(presetId);
      const figures = data.plots.map((plot) => plotFiguresOf(engine, plot.id)).filter((f) => f !== null);
      return { dataVersion, figures };
    },
    applyEdit: (request) => edits.applyEdit(request),
    previewEdit: (request) => edits.previewEdit(request),
    endPreview: () => edits.endPreview(),
    ...review.handlers,
  };

  return {
    handle<O extends EngineOp>(request: RequestOf<O>): EngineResponses[O] {
      // a provisional shape is seen by preview answers only
      if (request.op !== 'previewEdit') edits.revertPreview();
      const handler = handlers[request.op] as (r: RequestOf<O>) => EngineResponses[O];
      return handler(request);
    },
  };
}
