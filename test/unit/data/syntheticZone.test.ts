import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { generateZone } from '../../../scripts/zone/generateZone.ts';
import type { ArealFeature } from './zoneOracles.ts';
import { districtsOfPlot, polygonsOf } from './zoneOracles.ts';

const asAreal = (features: Feature<Polygon | MultiPolygon, object>[]): ArealFeature[] => features as ArealFeature[];

describe('a synthetic benchmark zone', () => {
  const zone = generateZone({ seed: 3, plotCount: 1000 });
  const plots = asAreal(zone.plots.features);
  const districts = asAreal(zone.districts.features);

  it('has exactly the plot count asked for, with unique ids', () => {
    expect(plots).toHaveLength(1000);
    expect(new Set(plots.map((p) => p.properties['id'])).size).toBe(1000);
  });

  it('has 1–3 % of its plots straddling a district boundary', () => {
    const straddling = plots.filter((p) => districtsOfPlot(p, districts, 1).length >= 2).length;
    expect(straddling / plots.length).toBeGreaterThanOrEqual(0.01);
    expect(straddling / plots.length).toBeLessThanOrEqual(0.03);
  });

  it('has a few plots with holes and a few in two parts', () => {
    expect(plots.filter((p) => polygonsOf(p.geometry).some((polygon) => polygon.length > 1)).length).toBeGreaterThanOrEqual(2);
    expect(plots.filter((p) => p.geometry.type === 'MultiPolygon').length).toBeGreaterThanOrEqual(2);
  });

  it('has the four districts and the parks of the sample', () => {
    expect(zone.districts.features.map((d) => d.properties.id)).toEqual(['north', 'west', 'south', 'east']);
    expect(zone.parks.features.length).toBeGreaterThanOrEqual(5);
  });

  it('thins the sample frame for a count below the sample size', () => {
    expect(generateZone({ seed: 3, plotCount: 250 }).plots.features).toHaveLength(250);
  });
});
