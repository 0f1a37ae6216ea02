import { describe, expect, it } from 'vitest';
import { createPlot } from '../../../src/domain/edit/create.ts';
import { renamePlot } from '../../../src/domain/edit/rename.ts';
import { reshapePlot } from '../../../src/domain/edit/reshape.ts';
import { plotOf, rectM } from './fixtures.ts';

const existing = ['N-012-01', 'N-012-02', 'S-001-01'];

describe('createPlot', () => {
  it('gives a new plot the next code of its neighbour’s block, in the bag too', () => {
    const result = createPlot(rectM(0, 0, 10, 10), existing, { hint: 'N-012-02', properties: { landUse: '1001', id: 'ignored' } });
    if (!result.ok) throw new Error(result.reason);
    expect(result.plot.id).toBe('N-012-03');
    expect(result.plot.properties).toEqual({ landUse: '1001', id: 'N-012-03' });
    expect(result.plot.attributes).toEqual({ landUse: '1001' });
    expect(result.change.added).toEqual([result.plot]);
  });

  it('refuses a typed code already in use, or an empty one', () => {
    expect(createPlot(rectM(0, 0, 10, 10), existing, { id: 'S-001-01' })).toMatchObject({ ok: false, reason: 'id-taken' });
    expect(createPlot(rectM(0, 0, 10, 10), existing, { id: '  ' })).toMatchObject({ ok: false, reason: 'id-empty' });
  });
});

describe('renamePlot', () => {
  const plot = plotOf('N-012-01', rectM(0, 0, 10, 10));

  it('changes the code in the plot and in its bag', () => {
    const result = renamePlot(plot, 'N-012-09', existing);
    if (!result.ok) throw new Error(result.reason);
    expect(result.change.changed[0]?.after.id).toBe('N-012-09');
    expect(result.change.changed[0]?.after.properties['id']).toBe('N-012-09');
    expect(result.change.changed[0]?.after.properties['备注']).toBe('kept verbatim');
  });

  it('refuses a code another plot has', () => {
    expect(renamePlot(plot, 'S-001-01', existing)).toMatchObject({ ok: false, reason: 'id-taken' });
  });
});

describe('reshapePlot', () => {
  it('changes only the geometry', () => {
    const plot = plotOf('N-012-01', rectM(0, 0, 10, 10));
    const after = reshapePlot(plot, rectM(0, 0, 20, 10)).changed[0]?.after;
    expect(after?.properties).toBe(plot.properties);
    expect(after?.geometry).toEqual(rectM(0, 0, 20, 10));
  });
});
