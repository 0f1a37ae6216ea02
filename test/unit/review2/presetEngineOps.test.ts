import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import { createEngineSession } from '../../../src/state/engineSession.ts';
import { LAYER_KINDS } from '../../../src/state/types.ts';

function loadedSession() {
  const session = createEngineSession();
  for (const kind of LAYER_KINDS) {
    const text = readFileSync(resolve(import.meta.dirname, `../../../data/${kind}.geojson`), 'utf8');
    const { importId } = session.handle({ op: 'validate', kind, text });
    session.handle({ op: 'commit', importId });
  }
  return session;
}

describe('the worker\'s user presets', () => {
  const session = loadedSession();
  const fails = (presetId: string): number =>
    session.handle({ op: 'plotThemeValues', presetId }).values.filter((v) => v.compliance === 'fail').length;

  it('fails no plot under a preset with no bounds, and returns to the example\'s verdicts by its id', () => {
    const exampleFails = fails(EXAMPLE_THRESHOLDS.id);
    expect(exampleFails).toBeGreaterThan(0);
    session.handle({ op: 'setPresets', presets: [{ id: 'open', name: '无', nameEn: 'None', isExample: false }] });
    expect(fails('open')).toBe(0);
    expect(fails(EXAMPLE_THRESHOLDS.id)).toBe(exampleFails);
  });

  it('fails a plot under a raised investment bound exactly when its investment per 亩 is below it', () => {
    session.handle({ op: 'setPresets', presets: [{ id: 'inv', name: '投资', nameEn: 'Investment', isExample: false, minInvestmentWanYuanPerMu: 300 }] });
    const values = session.handle({ op: 'plotThemeValues', presetId: 'inv' }).values;
    let checked = 0;
    for (const v of values.slice(0, 120)) {
      const figures = session.handle({ op: 'plotFigures', plotId: v.id, presetId: 'inv' }).figures;
      const perMu = figures?.efficiency.investmentWanYuanPerMu ?? null;
      if (perMu === null) continue;
      expect(v.compliance).toBe(perMu < 300 ? 'fail' : 'pass');
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('gives hulls as closed rings and hexagons for the overlays', () => {
    const { clusters, hexCells } = session.handle({ op: 'reviewOverlay', params: { epsM: 300, minPts: 3, cellSizeM: 250 } });
    const hull = clusters.find((c) => c.hull.length >= 4)?.hull ?? [];
    expect(hull[0]).toEqual(hull[hull.length - 1]);
    expect(hexCells.reduce((n, c) => n + c.plotCount, 0)).toBeGreaterThan(0);
  });
});
