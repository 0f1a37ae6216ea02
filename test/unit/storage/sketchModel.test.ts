import { describe, expect, it } from 'vitest';
import { toPlot } from '../../../src/domain/parse.ts';
import { applyChangeToFeatures } from '../../../src/domain/sketch.ts';
import { plot } from './helpers.ts';

describe('applying an edit to a sketch\'s plots', () => {
  const a = plot('A', { status: 'vacant' });
  const b = plot('B', { status: 'vacant' });
  const c = plot('C', { status: 'vacant' });

  it('keeps changed plots in place, drops removed ones and adds new ones last, as plain features', () => {
    const change = {
      added: [toPlot(plot('D', { status: 'built' }))],
      removed: [toPlot(a)],
      changed: [{ before: toPlot(b), after: toPlot(plot('B', { status: 'built' })) }],
    };
    const after = applyChangeToFeatures([a, b, c], change);
    expect(after.map((f) => [f.id, f.properties['status']])).toEqual([['B', 'built'], ['C', 'vacant'], ['D', 'built']]);
    expect(after.every((f) => !('attributes' in f))).toBe(true);
  });

  it('moves a plot whose id changed to the end under its new id, leaving the input untouched', () => {
    const features = [a, b, c];
    const after = applyChangeToFeatures(features, { added: [], removed: [], changed: [{ before: toPlot(a), after: toPlot(plot('A2')) }] });
    expect(after.map((f) => f.id)).toEqual(['B', 'C', 'A2']);
    expect(features.map((f) => f.id)).toEqual(['A', 'B', 'C']);
  });
});
