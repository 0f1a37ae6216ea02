import { describe, expect, it } from 'vitest';
import { featureLabel, formatArea, formatPosition } from '../../../src/geo/validate/messages/labels.ts';

describe('report wording', () => {
  it('shows an area in m² and 亩 (1 亩 = 10000/15 m²)', () => {
    expect(formatArea(100 * (10_000 / 15))).toEqual({ zh: '66 667 m²（100.0 亩）', en: '66,667 m² (100.0 mu)' });
    expect(formatArea(999.96 * (10_000 / 15)).en).toBe('666,640 m² (1,000.0 mu)');
    expect(formatArea(1000).zh).toBe('1 000 m²（1.50 亩）');
  });

  it('numbers features from 1 and names them by kind', () => {
    expect(featureLabel('districts', { index: 0, id: 'north' })).toEqual({ zh: '第 1 个片区（编号 north）', en: 'District no. 1 (id "north")' });
    expect(featureLabel('parks', { index: 4, id: null })).toEqual({ zh: '第 5 个园中园（无编号）', en: 'Park no. 5 (no id)' });
  });

  it('cuts a very long id so the sentence stays readable', () => {
    const label = featureLabel('plots', { index: 0, id: 'x'.repeat(100) });
    expect(label.en.length).toBeLessThan(70);
  });

  it('shows positions to 6 decimals (about 0.1 m)', () => {
    expect(formatPosition([117.123456789, 31.5])).toBe('117.123457, 31.5');
  });
});
