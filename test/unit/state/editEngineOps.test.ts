import { describe, expect, it } from 'vitest';
import { createEngineSession, type EngineSession } from '../../../src/state/engineSession.ts';
import { DEFAULT_PRESET_ID } from '../../../src/state/coreViews.ts';
import type { SourceFeature } from '../../../src/state/types.ts';
import { feature, square } from './editFixtures.ts';

const DISTRICTS = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'north', properties: { name: '北区' }, geometry: square(116.99, 34.19, 0.1) }] };

function collection(features: readonly SourceFeature[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', id: f.id, properties: f.properties, geometry: f.geometry })) });
}

/** A session built from scratch with these plots: the oracle for incremental edits. */
function sessionWith(plots: readonly SourceFeature[]): EngineSession {
  const session = createEngineSession();
  for (const [kind, text] of [['districts', JSON.stringify(DISTRICTS)], ['plots', collection(plots)]] as const) {
    const { importId } = session.handle({ op: 'validate', kind, text });
    session.handle({ op: 'commit', importId });
  }
  return session;
}

const A = feature('A', 117, { landUse: '1001', status: 'built' });
const B = feature('B', 117.01, { landUse: '1001', status: 'vacant' });
const C = feature('C', 117.02, { landUse: '0901', status: 'allocated' });

describe('edits in the engine session', () => {
  it('takes an edit plot by plot and then agrees with an engine rebuilt from the edited plots', () => {
    const session = sessionWith([A, B]);
    session.handle({ op: 'stats' });
    const { dataVersion } = session.handle({ op: 'applyEdit', upsert: [C], remove: ['A'] });
    expect(dataVersion).toBe(3);
    const incremental = session.handle({ op: 'stats' });
    const rebuilt = sessionWith([B, C]).handle({ op: 'stats' });
    expect(incremental.dataVersion).toBe(3);
    expect(incremental.stats.districts).toEqual(rebuilt.stats.districts);
    expect(incremental.stats.zone.plotCount).toBe(2);
  });

  it('shows a provisional plot to the preview only, and takes it back out for every other question', () => {
    const session = sessionWith([A, B]);
    const before = session.handle({ op: 'stats' }).stats;
    const draft: SourceFeature = { index: -1, id: 'draft', geometry: square(117.05, 34.2), properties: {} };
    const preview = session.handle({ op: 'previewEdit', features: [draft], presetId: DEFAULT_PRESET_ID });
    expect(preview.stats.zone.plotCount).toBe(3);
    expect(preview.figures.map((f) => f.plotId)).toEqual(['draft']);
    expect(session.handle({ op: 'stats' }).stats).toEqual(before);
    expect(session.handle({ op: 'plotFigures', plotId: 'draft', presetId: DEFAULT_PRESET_ID }).figures).toBeNull();
  });

  it('previews a reshaped plot in place of the plot, and restores the plot after', () => {
    const session = sessionWith([A, B]);
    const before = session.handle({ op: 'stats' }).stats;
    const bigger: SourceFeature = { ...B, geometry: square(117.01, 34.2, 0.002) };
    const preview = session.handle({ op: 'previewEdit', features: [bigger], presetId: DEFAULT_PRESET_ID });
    expect(preview.stats.zone.plotCount).toBe(2);
    expect(preview.stats.zone.plottedAreaM2).toBeGreaterThan(before.zone.plottedAreaM2 * 2);
    session.handle({ op: 'endPreview' });
    expect(session.handle({ op: 'stats' }).stats).toEqual(before);
  });
});
