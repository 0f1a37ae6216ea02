import { describe, expect, it } from 'vitest';
import { isIndustrialLandUse, landUseClass } from '../../../src/domain/landUse.ts';
import { INDUSTRY_CLUSTERS, PLOT_STATUSES } from '../../../src/domain/plot.ts';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import type { ArealFeature } from './zoneOracles.ts';
import { areaM2, readCollection } from './zoneOracles.ts';

const plots = readCollection('plots.geojson');
const M2_PER_MU = 10_000 / 15;
const KNOWN_KEYS = [
  'id', 'landUse', 'industry', 'status', 'enterprise', 'investment', 'output', 'tax', 'floorArea', 'footprintArea',
  'greenArea', 'adminArea', 'floors', 'heightM', 'standardFactory', 'leasedFloorArea',
];
const areaOf = new Map<ArealFeature, number>(plots.map((p) => [p, areaM2(p.geometry)]));
const area = (plot: ArealFeature): number => areaOf.get(plot) ?? Number.NaN;
const number = (plot: ArealFeature, key: string): number | undefined => {
  const value = plot.properties[key];
  return typeof value === 'number' ? value : undefined;
};
const withKey = (key: string): ArealFeature[] => plots.filter((p) => p.properties[key] !== undefined);

describe('the sample plots', () => {
  it('number between 300 and 800', () => {
    expect(plots.length).toBeGreaterThanOrEqual(300);
    expect(plots.length).toBeLessThanOrEqual(800);
  });

  it('have unique string ids of the form district letter – block – plot', () => {
    const ids = plots.map((p) => p.properties['id']);
    expect(new Set(ids).size).toBe(plots.length);
    for (const id of ids) expect(id).toMatch(/^[NWSE]-\d{3}-\d{2}$/);
  });

  it('carry valid land-use codes, statuses and clusters from the domain tables', () => {
    for (const plot of plots) {
      expect(landUseClass(String(plot.properties['landUse']))).toBeDefined();
      expect(PLOT_STATUSES).toContain(plot.properties['status']);
      const industry = plot.properties['industry'];
      if (industry !== undefined) expect(INDUSTRY_CLUSTERS).toContain(industry);
    }
  });

  it('are mostly industrial land, with logistics, commerce, finance, housing, public service, green and utility land', () => {
    const codes = plots.map((p) => String(p.properties['landUse']));
    expect(codes.filter(isIndustrialLandUse).length).toBeGreaterThan(plots.length * 0.35);
    for (const prefix of ['1101', '0901', '0902', '0701', '08', '1401', '1402', '1301']) {
      expect(codes.some((code) => code.startsWith(prefix))).toBe(true);
    }
  });

  it('put white goods in the north, modern services in the west, logistics and leather in the east', () => {
    const count = (letter: string, industry: string): number => plots.filter((p) => String(p.properties['id']).startsWith(letter) && p.properties['industry'] === industry).length;
    expect(count('N', 'white-goods')).toBeGreaterThan(count('S', 'white-goods') + count('E', 'white-goods'));
    expect(count('W', 'modern-services')).toBeGreaterThan(count('N', 'modern-services') + count('E', 'modern-services'));
    expect(count('E', 'logistics')).toBeGreaterThan(count('N', 'logistics') + count('W', 'logistics'));
    expect(count('E', 'leather')).toBeGreaterThan(count('N', 'leather') + count('W', 'leather') + count('S', 'leather'));
  });

  it('are mostly built in the north and mostly vacant or reserved in the south, with some idle land', () => {
    const share = (letter: string, statuses: string[]): number => {
      const inDistrict = plots.filter((p) => String(p.properties['id']).startsWith(letter));
      return inDistrict.filter((p) => statuses.includes(String(p.properties['status']))).length / inDistrict.length;
    };
    expect(share('N', ['built'])).toBeGreaterThan(0.5);
    expect(share('S', ['vacant', 'reserved'])).toBeGreaterThan(0.5);
    expect(plots.filter((p) => p.properties['status'] === 'idle').length).toBeGreaterThan(3);
  });

  it('leave enterprise, investment, output and tax absent (not 0) on vacant and reserved land', () => {
    for (const plot of plots.filter((p) => p.properties['status'] === 'vacant' || p.properties['status'] === 'reserved')) {
      for (const key of ['enterprise', 'investment', 'output', 'tax']) expect(plot.properties).not.toHaveProperty(key);
    }
  });

  it('keep the known keys in the order of DESIGN.md §2, unknown keys after them', () => {
    for (const plot of plots) {
      const keys = Object.keys(plot.properties);
      const known = keys.filter((k) => KNOWN_KEYS.includes(k));
      expect(known).toEqual(KNOWN_KEYS.filter((k) => known.includes(k)));
      expect(keys.slice(0, known.length)).toEqual(known);
    }
  });

  it('carry unknown properties (备注, source, tags) on some plots', () => {
    expect(withKey('备注').length).toBeGreaterThan(5);
    expect(withKey('source').length).toBeGreaterThan(5);
    expect(withKey('tags').length).toBeGreaterThan(0);
  });

  it('have buildings consistent with the plot area', () => {
    for (const plot of withKey('floorArea')) {
      const a = area(plot);
      expect((number(plot, 'floorArea') ?? 0) / a).toBeGreaterThanOrEqual(0.49);
      expect((number(plot, 'floorArea') ?? 0) / a).toBeLessThanOrEqual(2.51);
      expect((number(plot, 'footprintArea') ?? 0) / a).toBeGreaterThanOrEqual(0.249);
      expect((number(plot, 'footprintArea') ?? 0) / a).toBeLessThanOrEqual(0.701);
      expect((number(plot, 'greenArea') ?? 0) / a).toBeGreaterThanOrEqual(0.049);
      expect((number(plot, 'greenArea') ?? 0) / a).toBeLessThanOrEqual(0.251);
      expect((number(plot, 'adminArea') ?? 0) / a).toBeLessThanOrEqual(0.101);
      expect(number(plot, 'floors')).toBeGreaterThanOrEqual(1);
      expect(number(plot, 'heightM')).toBeGreaterThanOrEqual(3 * (number(plot, 'floors') ?? 1) - 0.01);
    }
  });

  it('size industrial plots between 30 and 200 亩 and commercial plots smaller', () => {
    const mu = (p: ArealFeature): number => area(p) / M2_PER_MU;
    const median = (values: number[]): number => values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;
    const industrial = plots.filter((p) => p.properties['landUse'] === '1001' && !p.properties['standardFactory']).map(mu);
    const commercial = plots.filter((p) => ['0901', '0902'].includes(String(p.properties['landUse']))).map(mu);
    expect(median(industrial)).toBeGreaterThan(30);
    expect(median(industrial)).toBeLessThan(200);
    expect(Math.max(...industrial)).toBeLessThan(300);
    expect(median(commercial)).toBeLessThan(median(industrial));
  });

  it('spread investment, output and tax per 亩 on both sides of the example thresholds', () => {
    const perMu = (key: string): number[] => withKey(key).map((p) => (number(p, key) ?? 0) / (area(p) / M2_PER_MU));
    const checks: [string, number | undefined][] = [
      ['investment', EXAMPLE_THRESHOLDS.minInvestmentWanYuanPerMu],
      ['output', EXAMPLE_THRESHOLDS.minOutputWanYuanPerMu],
      ['tax', EXAMPLE_THRESHOLDS.minTaxWanYuanPerMu],
    ];
    for (const [key, threshold] of checks) {
      const values = perMu(key);
      expect(values.filter((v) => v >= (threshold ?? 0)).length).toBeGreaterThan(values.length * 0.2);
      expect(values.filter((v) => v < (threshold ?? 0)).length).toBeGreaterThan(values.length * 0.1);
    }
  });

  it('mark standard factories in the standard-factory park, leased floor area within the floor area', () => {
    const factories = plots.filter((p) => p.properties['standardFactory'] === true);
    expect(factories.length).toBeGreaterThan(3);
    for (const plot of withKey('leasedFloorArea')) {
      expect(plot.properties['standardFactory']).toBe(true);
      expect(number(plot, 'leasedFloorArea')).toBeLessThanOrEqual(number(plot, 'floorArea') ?? 0);
    }
  });
});
