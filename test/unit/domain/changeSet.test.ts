import { describe, expect, it } from 'vitest';
import { applyChangeSet, invertChangeSet } from '../../../src/domain/changeSet.ts';
import type { Plot } from '../../../src/domain/plot.ts';

const plot = (id: string, status: 'vacant' | 'built'): Plot => ({
  id,
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  attributes: { status },
  properties: { id, status },
});

describe('plot change sets', () => {
  const before = new Map([['A', plot('A', 'vacant')], ['B', plot('B', 'vacant')]]);
  const change = { added: [plot('C', 'built')], removed: [plot('B', 'vacant')], changed: [{ before: plot('A', 'vacant'), after: plot('A', 'built') }] };

  it('adds, removes and changes plots without touching the input', () => {
    const after = applyChangeSet(before, change);
    expect([...after.keys()].sort()).toEqual(['A', 'C']);
    expect(after.get('A')?.attributes.status).toBe('built');
    expect([...before.keys()]).toEqual(['A', 'B']);
  });

  it('is undone exactly by its inverse', () => {
    const restored = applyChangeSet(applyChangeSet(before, change), invertChangeSet(change));
    expect(restored).toEqual(before);
  });
});
