import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextPlotId, nextPlotIds } from '../../../src/domain/edit/plotIds.ts';

interface Collection { features: { properties: { id: string } }[] }
const sample = JSON.parse(readFileSync(new URL('../../../data/plots.geojson', import.meta.url), 'utf8')) as Collection;
const sampleIds = sample.features.map((f) => f.properties.id);

describe('nextPlotId on the sample zone (codes like N-012-03: district, block, sequence)', () => {
  it('continues the block of the neighbour given as hint: N-012-01, -02 exist, so N-012-03', () => {
    expect(nextPlotId(sampleIds, 'N-012-01')).toBe('N-012-03');
  });

  it('takes the next number after the highest in the block, N-084-05 after N-084-01…04', () => {
    expect(nextPlotId(sampleIds, 'N-084-02')).toBe('N-084-05');
  });

  it('starts a new block from a prefix hint with the zone’s two-digit sequence', () => {
    expect(nextPlotId(sampleIds, 'N-091-')).toBe('N-091-01');
  });

  it('without a hint continues the highest code of the commonest pattern (W-042-04 → W-042-05)', () => {
    expect(nextPlotId(sampleIds)).toBe('W-042-05');
  });

  it('returns codes not already used', () => {
    const ids = nextPlotIds(sampleIds, 3, 'S-001-01');
    expect(ids).toEqual(['S-001-02', 'S-001-03', 'S-001-04']);
    for (const id of ids) expect(sampleIds).not.toContain(id);
  });
});

describe('nextPlotId on other patterns', () => {
  it('counts on plain numbers', () => {
    expect(nextPlotId(['1', '2', '10'])).toBe('11');
  });

  it('keeps zero padding', () => {
    expect(nextPlotId(['0001', '0002', '0007'])).toBe('0008');
  });

  it('continues a prefix and digits', () => {
    expect(nextPlotId(['P9', 'P12', 'Q1'], 'P9')).toBe('P13');
  });

  it('widens the sequence past its digits rather than repeat a code', () => {
    expect(nextPlotId(['N-012-98', 'N-012-99'], 'N-012-98')).toBe('N-012-100');
  });

  it('does not reuse the code of a gap (a deleted plot’s code)', () => {
    expect(nextPlotId(['A-1', 'A-3'], 'A-1')).toBe('A-4');
  });

  it('falls back to P-0001 when no code has a number', () => {
    expect(nextPlotId([])).toBe('P-0001');
    expect(nextPlotId(['east gate', 'west gate'], 'east gate')).toBe('P-0001');
    expect(nextPlotId(['P-0001', 'gate'])).toBe('P-0002');
  });
});
