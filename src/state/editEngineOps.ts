/**
 * The engine worker's side of editing: committed edits go into the running engine plot by plot
 * (upsert / remove, never a rebuild), and a provisional shape (the plot being drawn, dragged or
 * reshaped) is put in for a preview and taken back out before anything else is asked, so only
 * preview answers ever see it. Plain TypeScript with no DOM: runs in the worker and in Node.
 */
import type { Plot } from '../domain/plot.ts';
import { toPlot } from '../domain/parse.ts';
import type { ZoneEngine } from '../stats/engine.ts';
import type { PlotFigures } from '../stats/types.ts';
import { DEFAULT_PRESET_ID } from './coreViews.ts';
import { plotFiguresOf, zoneStatsOf } from './engineCore.ts';
import type { EngineResponses, RequestOf } from './engineProtocol.ts';
import type { SourceFeature } from './types.ts';

/** What the edit operations need of the engine session. */
export interface EditSessionAccess {
  /** the engine for the current data, built on first use */
  engineFor(presetId: string): ZoneEngine;
  /** the engine if it is built and current, else null (then it is built later from the data) */
  currentEngine(): ZoneEngine | null;
  plots(): readonly SourceFeature[];
  /** replaces the plots and moves the data version on; a current engine stays current */
  setPlots(plots: readonly SourceFeature[]): number;
  dataVersion(): number;
}

export interface EditOps {
  applyEdit(request: RequestOf<'applyEdit'>): EngineResponses['applyEdit'];
  previewEdit(request: RequestOf<'previewEdit'>): EngineResponses['previewEdit'];
  endPreview(): EngineResponses['endPreview'];
  /** takes a provisional shape back out; every other request calls this first */
  revertPreview(): void;
}

/** The plots with `remove` taken out and `upsert` put in (in place when the id exists). */
export function plotsAfterEdit(plots: readonly SourceFeature[], upsert: readonly SourceFeature[], remove: readonly string[]): SourceFeature[] {
  const removed = new Set(remove);
  const replacing = new Map(upsert.map((f) => [f.id, f]));
  const next: SourceFeature[] = [];
  for (const feature of plots) {
    if (removed.has(feature.id) && !replacing.has(feature.id)) continue;
    const replacement = replacing.get(feature.id);
    next.push(replacement ?? feature);
    replacing.delete(feature.id);
  }
  next.push(...replacing.values());
  return next;
}

export function createEditOps(session: EditSessionAccess): EditOps {
  /** the plots a preview replaced (undefined: the id was new) */
  let previewed: Map<string, Plot | undefined> | null = null;

  const revertPreview = (): void => {
    if (previewed === null) return;
    const engine = session.currentEngine();
    if (engine !== null) {
      for (const [id, original] of previewed) {
        if (original === undefined) engine.removePlot(id);
        else engine.upsertPlot(original);
      }
    }
    previewed = null;
  };

  return {
    revertPreview,
    applyEdit({ upsert, remove }) {
      revertPreview();
      const engine = session.currentEngine();
      if (engine !== null) {
        for (const id of remove) engine.removePlot(id);
        for (const feature of upsert) engine.upsertPlot(toPlot(feature));
      }
      const dataVersion = session.setPlots(plotsAfterEdit(session.plots(), upsert, remove));
      return { dataVersion };
    },
    previewEdit({ features, presetId }) {
      revertPreview();
      const engine = session.engineFor(presetId);
      const replaced = new Map<string, Plot | undefined>();
      for (const feature of features) {
        if (!replaced.has(feature.id)) replaced.set(feature.id, engine.plot(feature.id));
        engine.upsertPlot(toPlot(feature));
      }
      previewed = replaced;
      const figures = features.map((f) => plotFiguresOf(engine, f.id)).filter((f): f is PlotFigures => f !== null);
      return { dataVersion: session.dataVersion(), stats: zoneStatsOf(session.engineFor(DEFAULT_PRESET_ID)), figures };
    },
    endPreview() {
      revertPreview();
      return { dataVersion: session.dataVersion() };
    },
  };
}
