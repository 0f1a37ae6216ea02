import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AreaShare, PlotFootprint } from '../../../src/domain/footprint.ts';
import type { Areal } from '../../../src/domain/geometry.ts';
import type { ZoneArea } from '../../../src/domain/zone.ts';
import { computeFootprints, createOverlay } from '../../../src/geo/overlay.ts';
import { densifyRing, geodesicAreaM2, geodesicRingAreaM2, parallelBoxAreaM2, relativeError } from './oracles.ts';
import { box, multiPolygon, polygon } from './shapes.ts';

const WEST: ZoneArea = { id: 'west', geometry: box(116.3, 34, 116.31, 34.01) };
const EAST: ZoneArea = { id: 'east', geometry: box(116.31, 34, 116.32, 34.01) };
const overlay = createOverlay([WEST, EAST], []);

function shareOf(shares: AreaShare[], areaId: string): number {
  return shares.find((share) => share.areaId === areaId)?.areaM2 ?? 0;
}

function footprint(geometry: Areal, districts = [WEST, EAST], parks: ZoneArea[] = []): PlotFootprint {
  return createOverlay(districts, parks).footprintOf({ id: 'plot', geometry });
}

describe('overlay: straddling plots', () => {
  it('splits a plot on a district boundary pro rata by area (30 % / 70 %)', () => {
    const url = new URL('../../fixtures/geo/plot-straddles-district-boundary.geojson', import.meta.url);
    const collection = JSON.parse(readFileSync(url, 'utf8')) as {
      features: { properties: { role: string; id: string }; geometry: Areal }[];
    };
    const areas = collection.features.filter((f) => f.properties.role === 'district');
    const plot = collection.features.find((f) => f.properties.role === 'plot');
    if (plot === undefined) throw new Error('fixture without plot');
    const result = createOverlay(areas.map((f) => ({ id: f.properties.id, geometry: f.geometry })), []).footprintOf({
      id: plot.properties.id,
      geometry: plot.geometry,
    });
    expect(relativeError(result.areaM2, geodesicAreaM2(plot.geometry))).toBeLessThan(1e-8);
    expect(shareOf(result.districtShares, 'west') / result.areaM2).toBeCloseTo(0.3, 10);
    expect(shareOf(result.districtShares, 'east') / result.areaM2).toBeCloseTo(0.7, 10);
  });

  it('splits a plot with a hole by the parts of outer ring and hole on each side', () => {
    const geometry = polygon(box(116.306, 34.004, 116.314, 34.006).coordinates[0] ?? [], box(116.308, 34.0045, 116.311, 34.0055).coordinates[0] ?? []);
    const westM2 = parallelBoxAreaM2(116.306, 34.004, 116.31, 34.006) - parallelBoxAreaM2(116.308, 34.0045, 116.31, 34.0055);
    const wholeM2 = parallelBoxAreaM2(116.306, 34.004, 116.314, 34.006) - parallelBoxAreaM2(116.308, 34.0045, 116.311, 34.0055);
    const result = footprint(geometry);
    expect(shareOf(result.districtShares, 'west') / result.areaM2).toBeCloseTo(westM2 / wholeM2, 10);
    expect(shareOf(result.districtShares, 'east') / result.areaM2).toBeCloseTo(1 - westM2 / wholeM2, 10);
  });

  it('splits a two-part plot: the part inside one district whole, the straddling part 25 % / 75 %', () => {
    const inside = box(116.302, 34.002, 116.304, 34.004);
    const straddling = box(116.309, 34.002, 116.313, 34.004);
    const result = footprint(multiPolygon(inside, straddling));
    const insideM2 = geodesicAreaM2(inside);
    const straddlingM2 = geodesicAreaM2(straddling);
    expect(relativeError(shareOf(result.districtShares, 'west'), insideM2 + 0.25 * straddlingM2)).toBeLessThan(1e-8);
    expect(relativeError(shareOf(result.districtShares, 'east'), 0.75 * straddlingM2)).toBeLessThan(1e-8);
  });

  it('splits a two-part plot whose parts lie on either side of a boundary touching neither', () => {
    const westPart = box(116.305, 34.002, 116.307, 34.004);
    const eastPart = box(116.312, 34.002, 116.313, 34.004);
    const result = footprint(multiPolygon(westPart, eastPart));
    expect(relativeError(shareOf(result.districtShares, 'west'), geodesicAreaM2(westPart))).toBeLessThan(1e-8);
    expect(relativeError(shareOf(result.districtShares, 'east'), geodesicAreaM2(eastPart))).toBeLessThan(1e-8);
  });

  it('splits a plot across an inner corner of an L-shaped district (general clipper path)', () => {
    const l: ZoneArea = { id: 'l', geometry: polygon([[116.3, 34], [116.32, 34], [116.32, 34.01], [116.31, 34.01], [116.31, 34.02], [116.3, 34.02], [116.3, 34]]) };
    const corner: ZoneArea = { id: 'corner', geometry: box(116.31, 34.01, 116.32, 34.02) };
    const result = footprint(box(116.309, 34.009, 116.312, 34.011), [l, corner]);
    const cornerM2 = parallelBoxAreaM2(116.31, 34.01, 116.312, 34.011);
    const wholeM2 = parallelBoxAreaM2(116.309, 34.009, 116.312, 34.011);
    expect(shareOf(result.districtShares, 'corner') / result.areaM2).toBeCloseTo(cornerM2 / wholeM2, 10);
    expect(shareOf(result.districtShares, 'l') / result.areaM2).toBeCloseTo(1 - cornerM2 / wholeM2, 10);
  });

  it('splits a plot along a slanted boundary, read as the lon/lat line between its vertices', () => {
    const below: ZoneArea = { id: 'below', geometry: polygon([[116.3, 34], [116.32, 34], [116.32, 34.02], [116.3, 34]]) };
    const above: ZoneArea = { id: 'above', geometry: polygon([[116.3, 34], [116.32, 34.02], [116.3, 34.02], [116.3, 34]]) };
    const plot = box(116.309, 34.009, 116.312, 34.011);
    const result = footprint(plot, [below, above]);
    // below the diagonal: the trapezoid (116.309, 34.009) (116.312, 34.009) (116.312, 34.011) (116.311, 34.011)
    const belowRing = [[116.309, 34.009], [116.312, 34.009], [116.312, 34.011], [116.311, 34.011], [116.309, 34.009]];
    const belowRatio = geodesicRingAreaM2(densifyRing(belowRing, 200)) / geodesicRingAreaM2(densifyRing(plot.coordinates[0] ?? [], 200));
    expect(shareOf(result.districtShares, 'below') / result.areaM2).toBeCloseTo(belowRatio, 8);
    expect(shareOf(result.districtShares, 'above') / result.areaM2).toBeCloseTo(1 - belowRatio, 8);
  });
});

describe('overlay: plots that are not split', () => {
  it('does not split a plot touching a boundary along an edge', () => {
    const result = footprint(box(116.305, 34.004, 116.31, 34.005));
    expect(result.districtShares).toEqual([{ areaId: 'west', areaM2: result.areaM2 }]);
  });

  it('does not split a plot whose hypotenuse runs along a slanted boundary', () => {
    const below: ZoneArea = { id: 'below', geometry: polygon([[116.3, 34], [116.32, 34], [116.32, 34.02], [116.3, 34]]) };
    const above: ZoneArea = { id: 'above', geometry: polygon([[116.3, 34], [116.32, 34.02], [116.3, 34.02], [116.3, 34]]) };
    const result = footprint(polygon([[116.312, 34.012], [116.314, 34.012], [116.314, 34.014], [116.312, 34.012]]), [below, above]);
    expect(result.districtShares.map((share) => share.areaId)).toEqual(['below']);
    expect(result.districtShares[0]?.areaM2).toBeCloseTo(result.areaM2, 6);
  });

  it('gives the whole plot to the district of a plot near a boundary without touching it', () => {
    const result = footprint(box(116.305, 34.004, 116.3099999, 34.005));
    expect(result.districtShares).toEqual([{ areaId: 'west', areaM2: result.areaM2 }]);
  });

  it('gives a plot outside every district no share, but still its area and centroid', () => {
    const result = footprint(box(116.4, 34.004, 116.401, 34.005));
    expect(result.districtShares).toEqual([]);
    expect(result.areaM2).toBeGreaterThan(0);
    expect(result.centroid[0]).toBeCloseTo(116.4005, 7);
  });

  it('gives a plot equal to a district the whole plot in that district only', () => {
    const result = footprint(box(116.3, 34, 116.31, 34.01));
    expect(result.districtShares).toEqual([{ areaId: 'west', areaM2: result.areaM2 }]);
    expect(result.areaM2).toBeCloseTo(overlay.areaAreaM2('west'), 6);
  });

  it('gives no share of a district to a plot in its hole, and the whole plot to the enclave there', () => {
    const ring: ZoneArea = { id: 'ring', geometry: polygon(box(116.3, 34, 116.32, 34.02).coordinates[0] ?? [], box(116.305, 34.005, 116.315, 34.015).coordinates[0] ?? []) };
    const enclave: ZoneArea = { id: 'enclave', geometry: box(116.305, 34.005, 116.315, 34.015) };
    const result = footprint(box(116.309, 34.009, 116.31, 34.01), [ring, enclave]);
    expect(result.districtShares).toEqual([{ areaId: 'enclave', areaM2: result.areaM2 }]);
  });
});

describe('overlay: districts and parks', () => {
  it('counts a plot toward its park whole while splitting it between districts', () => {
    const park: ZoneArea = { id: 'leather-park', geometry: box(116.305, 34.002, 116.315, 34.008) };
    const result = footprint(box(116.308, 34.004, 116.312, 34.005), [WEST, EAST], [park]);
    expect(result.parkShares).toEqual([{ areaId: 'leather-park', areaM2: result.areaM2 }]);
    expect(shareOf(result.districtShares, 'west') / result.areaM2).toBeCloseTo(0.5, 10);
  });

  it('adds district totals up to each district and to the zone on a hand-made tiling', () => {
    const quadrants: ZoneArea[] = [
      { id: 'south-west', geometry: box(116.3, 34, 116.31, 34.01) },
      { id: 'south-east', geometry: box(116.31, 34, 116.32, 34.01) },
      { id: 'north-west', geometry: box(116.3, 34.01, 116.31, 34.02) },
      { id: 'north-east', geometry: box(116.31, 34.01, 116.32, 34.02) },
    ];
    const plots: { id: string; geometry: Areal }[] = [];
    const step = 0.02 / 7; // 7 × 7 plots: the middle row and column straddle, the centre plot four ways
    for (let i = 0; i < 7; i++) {
      for (let j = 0; j < 7; j++) {
        const west = 116.3 + i * step;
        const south = 34 + j * step;
        plots.push({ id: `${i}-${j}`, geometry: box(west, south, i === 6 ? 116.32 : west + step, j === 6 ? 34.02 : south + step) });
      }
    }
    const zone = createOverlay(quadrants, []);
    const footprints = computeFootprints(plots, zone);
    expect(footprints.map((f) => f.plotId)).toEqual(plots.map((p) => p.id));
    expect(footprints[24]?.districtShares).toHaveLength(4);
    for (const f of footprints) {
      expect(relativeError(f.districtShares.reduce((sum, s) => sum + s.areaM2, 0), f.areaM2)).toBeLessThan(1e-12);
    }
    for (const district of quadrants) {
      const total = footprints.reduce((sum, f) => sum + shareOf(f.districtShares, district.id), 0);
      expect(relativeError(total, geodesicAreaM2(district.geometry))).toBeLessThan(1e-7);
    }
    const zoneTotal = footprints.reduce((sum, f) => sum + f.areaM2, 0);
    expect(relativeError(zoneTotal, geodesicAreaM2(box(116.3, 34, 116.32, 34.02)))).toBeLessThan(1e-7);
  });

  it('reports the land area of districts and parks, and 0 for an unknown id', () => {
    const park: ZoneArea = { id: 'park', geometry: box(116.305, 34.002, 116.315, 34.008) };
    const zone = createOverlay([WEST, EAST], [park]);
    expect(relativeError(zone.areaAreaM2('west'), geodesicAreaM2(WEST.geometry))).toBeLessThan(1e-8);
    expect(relativeError(zone.areaAreaM2('park'), geodesicAreaM2(park.geometry))).toBeLessThan(1e-8);
    expect(zone.parkAreaM2('west')).toBe(0);
    expect(zone.areaAreaM2('nowhere')).toBe(0);
  });

  it('works with no districts and no parks', () => {
    const result = createOverlay([], []).footprintOf({ id: 'lonely', geometry: box(116.3, 34, 116.301, 34.001) });
    expect(result).toMatchObject({ plotId: 'lonely', districtShares: [], parkShares: [] });
  });
});
