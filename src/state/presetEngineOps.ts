/**
 * The worker's side of Review mode's requests: the user's threshold presets (the engine uses one
 * of them when a request names its id) and the overlay figures. Plain TypeScript, no DOM.
 */
import type { ThresholdPreset } from '../domain/thresholds.ts';
import type { ZoneEngine } from '../stats/engine.ts';
import { presetOf } from './coreViews.ts';
import { createComparisonCore } from './compareCore.ts';
import { usePreset } from './engineCore.ts';
import type { SourceFeature } from './types.ts';
import type { ReviewRequest, ReviewResponses } from './presetProtocol.ts';

type ReviewOp = ReviewRequest['op'];

export interface ReviewOps {
  /** switches `engine` to the preset `presetId`: a user preset if one has that id, else a shipped one */
  applyPreset(engine: ZoneEngine, presetId: string): void;
  handlers: { [O in ReviewOp]: (request: Extract<ReviewRequest, { op: O }>) => ReviewResponses[O] };
}

interface ReviewSession {
  engineFor(presetId: string): ZoneEngine;
  dataVersion(): number;
  zone(): { districts: readonly SourceFeature[]; parks: readonly SourceFeature[] };
}

export function createReviewOps(session: ReviewSession): ReviewOps {
  const userPresets = new Map<string, ThresholdPreset>();
  const comparison = createComparisonCore();
  return {
    applyPreset(engine, presetId) {
      const user = userPresets.get(presetId);
      if (user === undefined) usePreset(engine, presetId);
      else if (engine.thresholds() !== user) engine.setThresholds(user);
    },
    handlers: {
      setPresets({ presets }) {
        userPresets.clear();
        for (const preset of presets) userPresets.set(preset.id, preset);
        return { dataVersion: session.dataVersion() };
      },
      reviewOverlay({ params }) {
        const engine = session.engineFor('');
        const clusters = engine.clusters(undefined, { epsM: params.epsM, minPts: params.minPts });
        return { dataVersion: session.dataVersion(), clusters, hexCells: engine.hexGrid(params.cellSizeM) };
      },
      compare({ before, after, presetId }) {
        const thresholds = userPresets.get(presetId) ?? presetOf(presetId);
        return { dataVersion: session.dataVersion(), comparison: comparison.compare(session.zone(), before, after, thresholds) };
      },
    },
  };
}
