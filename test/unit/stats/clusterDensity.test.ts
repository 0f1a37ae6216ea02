import { describe, expect, it } from 'vitest';
import type { IndustryCluster } from '../../../src/domain/plot.ts';
import { createZoneEngine } from '../../../src/stats/engine.ts';
import type { ClusterDensity, ZoneStats } from '../../../src/stats/types.ts';
import { PLOTS, fixtureInput, fixturePlot, plotOf } from './zoneFixture.ts';

function row(stats: ZoneStats, areaId: string, industry: IndustryCluster): ClusterDensity {
  const found = stats.clusters.find((c) => c.areaId === areaId && c.industry === industry);
  if (found === undefined) throw new Error(`${areaId} ${industry}`);
  return found;
}

const stats = createZoneEngine(fixtureInput()).stats();

describe('cluster density (hand-worked on zoneFixture.ts)', () => {
  it('lists every cluster in every district, then the zone rows', () => {
    expect(stats.clusters.map((c) => `${c.areaId}/${c.industry}`)).toEqual([
      'north/white-goods', 'north/leather', 'north/modern-services', 'north/logistics', 'north/other',
      'west/white-goods', 'west/leather', 'west/modern-services', 'west/logistics', 'west/other',
      'zone/white-goods', 'zone/leather', 'zone/modern-services', 'zone/logistics', 'zone/other',
    ]);
  });

  it('counts the split plot\'s enterprise once, in the district holding its larger share (Midea: west, 70 %)', () => {
    expect(row(stats, 'north', 'white-goods').enterpriseCount).toBe(1);
    expect(row(stats, 'west', 'white-goods').enterpriseCount).toBe(1);
    expect(row(stats, 'zone', 'white-goods').enterpriseCount).toBe(2);
  });

  it('gives cluster area, output and density per district land km²', () => {
    // north: P1 20 000 + 30 % of P2 = 23 000 m²; output 15 000 + 0.3 × 2 000 = 15 600
    expect(row(stats, 'north', 'white-goods')).toMatchObject({ clusterAreaM2: 23_000, outputWanYuanPerYear: 15_600, densityPerKm2: 1 });
    // west: 70 % of P2 = 7 000 m², output 1 400, 1 enterprise on 2 km²
    expect(row(stats, 'west', 'white-goods')).toMatchObject({ clusterAreaM2: 7_000, outputWanYuanPerYear: 1_400, densityPerKm2: 0.5 });
  });

  it('computes the area share over supplied land and the location quotient against the zone', () => {
    const north = row(stats, 'north', 'white-goods');
    expect(north.areaShare).toBeCloseTo(23_000 / 28_000, 12);
    // LQ = (23/28) / (30/85) = 1955/840
    expect(north.locationQuotient).toBeCloseTo(1955 / 840, 12);
    expect(row(stats, 'west', 'white-goods').locationQuotient).toBeCloseTo(595 / 1710, 12);
    expect(row(stats, 'west', 'modern-services').locationQuotient).toBeCloseTo(85 / 57, 12);
    expect(row(stats, 'zone', 'white-goods').locationQuotient).toBe(1);
  });

  it('gives no location quotient for a cluster absent from the zone', () => {
    expect(row(stats, 'north', 'leather')).toMatchObject({ enterpriseCount: 0, clusterAreaM2: 0, areaShare: 0, locationQuotient: null });
  });

  it('counts one enterprise on two plots of the same district once', () => {
    const twin = plotOf('P9', { landUse: '1001', industry: 'white-goods', status: 'built', enterprise: 'Haier' });
    const input = fixtureInput([...PLOTS, twin]);
    const base = input.footprintOf;
    input.footprintOf = (plot) => (plot.id === 'P9' ? { ...base(fixturePlot('P1')), plotId: 'P9', parkShares: [] } : base(plot));
    const north = row(createZoneEngine(input).stats(), 'north', 'white-goods');
    expect(north.enterpriseCount).toBe(1);
    expect(north.clusterAreaM2).toBe(43_000);
  });
});

describe('agglomeration ratio', () => {
  it('falls back to cluster area, and says so, when a built cluster plot has no output (P7)', () => {
    // leading clusters' area 30 000 + 30 000 + 20 000 = 80 000 of 85 000
    expect(stats.agglomeration).toEqual({ ratio: 80_000 / 85_000, basis: 'area', leadingClusters: ['white-goods', 'leather', 'modern-services', 'logistics'] });
  });

  it('uses output when every built cluster plot reports it', () => {
    const plots = PLOTS.map((p) => (p.id === 'P7' ? { ...p, attributes: { ...p.attributes, outputWanYuanPerYear: 500 } } : p));
    const agglomeration = createZoneEngine(fixtureInput(plots)).stats().agglomeration;
    // leading 15 000 + 2 000 + 1 000 = 18 000 of 18 500 (P7 'other' 500)
    expect(agglomeration.basis).toBe('output');
    expect(agglomeration.ratio).toBeCloseTo(18_000 / 18_500, 12);
  });

  it('is no data when no plot is supplied to a cluster', () => {
    const agglomeration = createZoneEngine(fixtureInput([fixturePlot('P4'), fixturePlot('P5')])).stats().agglomeration;
    expect(agglomeration.ratio).toBeNull();
  });
});
