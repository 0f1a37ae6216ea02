import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { DISTRICT_IDS } from '../../../src/domain/zone.ts';
import { areaM2, clipAreaM2, differenceAreaM2, readCollection, signedRingAreaM2, unionOf } from './zoneOracles.ts';

const districts = readCollection('districts.geojson');
const parks = readCollection('parks.geojson');

describe('the sample districts', () => {
  it('are the four districts north, west, south and east with Chinese and English names and briefs', () => {
    expect(districts.map((d) => d.properties['id']).sort()).toEqual([...DISTRICT_IDS].sort());
    const byId = new Map(districts.map((d) => [d.properties['id'], d.properties]));
    expect(byId.get('north')).toMatchObject({ name: '北区', nameEn: 'North District', brief: '做优' });
    expect(byId.get('west')).toMatchObject({ name: '西区', nameEn: 'West District', brief: '做强' });
    expect(byId.get('south')).toMatchObject({ name: '南区', nameEn: 'South District', brief: '开拓' });
    expect(byId.get('east')).toMatchObject({ name: '东区', nameEn: 'East District', brief: '规范' });
    for (const d of districts) expect(typeof d.properties['briefEn']).toBe('string');
  });

  it('tile the zone without gaps or overlaps: their areas sum to the area of their union', () => {
    const union = unionOf(districts);
    expect(union).toHaveLength(1);
    expect(union[0]).toHaveLength(1);
    const sumM2 = districts.reduce((sum, d) => sum + areaM2(d.geometry), 0);
    const unionM2 = clipAreaM2(union.map((polygon) => polygon.map((ring) => ring.map((p): Position => [...p]))));
    expect(Math.abs(sumM2 - unionM2) / unionM2).toBeLessThan(1e-9);
  });

  it('cover a zone of 40–60 km²', () => {
    const sumKm2 = districts.reduce((sum, d) => sum + areaM2(d.geometry), 0) / 1e6;
    expect(sumKm2).toBeGreaterThan(40);
    expect(sumKm2).toBeLessThan(60);
  });

  it('lie near 34° N on the North China Plain', () => {
    for (const d of districts) {
      for (const [lon, lat] of d.geometry.coordinates[0] as Position[]) {
        expect(lat).toBeGreaterThan(34);
        expect(lat).toBeLessThan(34.5);
        expect(lon).toBeGreaterThan(116.8);
        expect(lon).toBeLessThan(117.3);
      }
    }
  });

  it('are single polygons with counter-clockwise outer rings that bend (not bare rectangles)', () => {
    for (const d of districts) {
      expect(d.geometry.type).toBe('Polygon');
      const ring = d.geometry.coordinates[0] as Position[];
      expect(signedRingAreaM2(ring)).toBeGreaterThan(0);
      expect(ring.length - 1).toBeGreaterThan(8);
    }
  });

  it('share boundaries vertex for vertex: a vertex of one district on another is a vertex of both', () => {
    const vertexSets = districts.map((d) => new Set((d.geometry.coordinates[0] as Position[]).map((p) => p.join(','))));
    const sharedWithAnother = (i: number): number => [...(vertexSets[i] ?? [])].filter((key) => vertexSets.some((set, j) => j !== i && set.has(key))).length;
    for (let i = 0; i < districts.length; i++) expect(sharedWithAnother(i)).toBeGreaterThanOrEqual(3);
  });
});

describe('the sample parks', () => {
  it('include the five themed parks-in-park in their districts', () => {
    expect(parks.length).toBeGreaterThanOrEqual(5);
    const where = new Map(parks.map((p) => [p.properties['name'], p.properties['districtId']]));
    expect(where.get('白色家电产业园')).toBe('north');
    expect(where.get('皮革皮具产业园')).toBe('east');
    expect(where.get('服务外包园')).toBe('west');
    expect(where.get('物流园')).toBe('east');
    expect(['north', 'south']).toContain(where.get('标准厂房园'));
  });

  it('give every park an id, names, a district and a cluster', () => {
    for (const park of parks) {
      expect(Object.keys(park.properties)).toEqual(['id', 'name', 'nameEn', 'districtId', 'cluster']);
    }
  });

  it('lie inside their district', () => {
    for (const park of parks) {
      const district = districts.find((d) => d.properties['id'] === park.properties['districtId']);
      if (!district) throw new Error(`no district for ${String(park.properties['id'])}`);
      expect(differenceAreaM2(park.geometry, unionOf([district]))).toBeLessThan(0.01);
    }
  });
});
