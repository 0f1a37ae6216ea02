import { describe, expect, it } from 'vitest';
import { M2_PER_MU } from '../../../src/domain/units.ts';
import { assignClasses, classCuts } from '../../../src/stats/classes.ts';
import { createZoneEngine } from '../../../src/stats/engine.ts';
import { fixtureInput, footprintOf, plotOf } from './zoneFixture.ts';

function classesOfTaxes(taxes: number[]): string {
  const classes = assignClasses(taxes.map((t, i) => ({ plotId: `p${i}`, taxWanYuanPerMu: t })));
  return taxes.map((_, i) => classes.get(`p${i}`)).join('');
}

describe('A–D classes by tax per 亩', () => {
  it('splits 20 plots into 5 A, 9 B, 5 C and 1 D', () => {
    expect(classCuts(20)).toEqual({ A: 5, B: 9, C: 5, D: 1 });
    // taxes 20, 19, …, 1: the five highest are A, the lowest D
    const taxes = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(classesOfTaxes(taxes)).toBe('AAAAABBBBBBBBBCCCCCD');
  });

  it('rounds the cumulative cuts of 7 plots half up: 2 A, 3 B, 2 C, no D', () => {
    // 25 % of 7 = 1.75 → 2; 70 % = 4.9 → 5; 95 % = 6.65 → 7
    expect(classCuts(7)).toEqual({ A: 2, B: 3, C: 2, D: 0 });
    expect(classesOfTaxes([1, 7, 2, 6, 3, 5, 4])).toBe('CACABBB');
  });

  it('gives the first D from 11 plots on, when 5 % reaches half a plot', () => {
    expect(classCuts(10).D).toBe(0);
    expect(classCuts(11).D).toBe(1);
  });

  it('gives equal plots the same class, the better one, even across a cut', () => {
    // 8 plots: cuts A 2, AB 6, ABC 8; the 9s at positions 1 and 2 tie across the A/B cut
    expect(classesOfTaxes([10, 9, 9, 8, 7, 6, 5, 4])).toBe('AAABBBCC');
  });

  it('ranks only built plots with an enterprise and tax data, per 亩 of plot area', () => {
    const plots = [
      plotOf('big', { landUse: '1001', status: 'built', enterprise: 'A', taxWanYuanPerYear: 100 }), // 100 亩 → 1 per 亩
      plotOf('small', { landUse: '1001', status: 'built', enterprise: 'B', taxWanYuanPerYear: 10 }), // 1 亩 → 10 per 亩
      plotOf('noTax', { landUse: '1001', status: 'built', enterprise: 'C' }),
      plotOf('notBuilt', { landUse: '1001', status: 'allocated', enterprise: 'D', taxWanYuanPerYear: 50 }),
      plotOf('noFirm', { landUse: '1001', status: 'built', taxWanYuanPerYear: 50 }),
    ];
    const areas: Record<string, number> = { big: 100 * M2_PER_MU };
    const footprints = Object.fromEntries(plots.map((p) => [p.id, footprintOf(p.id, areas[p.id] ?? M2_PER_MU, [['north', areas[p.id] ?? M2_PER_MU]])]));
    const engine = createZoneEngine(fixtureInput(plots, footprints));
    // 2 ranked plots: cuts A 1 (0.5 → 1), AB 1 (1.4 → 1), ABC 2 (1.9 → 2): the second is C
    expect([...engine.classes().entries()]).toEqual([['small', 'A'], ['big', 'C']]);
    expect(engine.plotFigures('noTax')?.efficiencyClass).toBeNull();
  });
});
