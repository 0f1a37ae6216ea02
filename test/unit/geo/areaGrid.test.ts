import { describe, expect, it } from 'vitest';
import type { BBox } from '../../../src/domain/geometry.ts';
import type { ZoneArea } from '../../../src/domain/zone.ts';
import { OUTSIDE, UNSETTLED } from '../../../src/geo/areaGrid.ts';
import { createAreaGroup } from '../../../src/geo/areaGroup.ts';
import { anyBoundaryMeetsPlot } from '../../../src/geo/boundaryContact.ts';
import { createOverlay } from '../../../src/geo/overlay.ts';
import { pointInAreal } from '../../../src/geo/pointInPolygon.ts';
import { parallelBoxAreaM2 } from './oracles.ts';
import { box, polygon } from './shapes.ts';

// two districts side by side, 0.01° (≈ 0.9 × 1.1 km) each, split at 116.31° E
const WEST: ZoneArea = { id: 'west', geometry: box(116.3, 34, 116.31, 34.01) };
const EAST: ZoneArea = { id: 'east', geometry: box(116.31, 34, 116.32, 34.01) };
const group = createAreaGroup([WEST, EAST]);

const grown = (b: BBox, by = 1e-9): BBox => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];

const DIAGONAL_HALVES: ZoneArea[] = [
  { id: 'below', geometry: polygon([[116.3, 34], [116.34, 34], [116.34, 34.04], [116.3, 34]]) },
  { id: 'above', geometry: polygon([[116.3, 34], [116.34, 34.04], [116.3, 34.04], [116.3, 34]]) },
];
// its lower right edge runs parallel to the diagonal, 0.0001° (≈ 8 m) above it
const DIAMOND = polygon([[116.3196, 34.0205], [116.32, 34.0201], [116.3204, 34.0205], [116.32, 34.0209], [116.3196, 34.0205]]);

describe('area grid: boxes', () => {
  it('settles a plot far from every boundary to the district holding it', () => {
    expect(group.grid.areaOfBox(grown([116.302, 34.002, 116.303, 34.003]))).toBe(0);
    expect(group.grid.areaOfBox(grown([116.316, 34.006, 116.317, 34.007]))).toBe(1);
  });

  it('settles a box outside every district as outside, near the zone or far from it', () => {
    expect(group.grid.areaOfBox(grown([116.321, 34.002, 116.322, 34.003]))).toBe(OUTSIDE);
    expect(group.grid.areaOfBox(grown([117, 35, 117.001, 35.001]))).toBe(OUTSIDE);
  });

  it('leaves a plot on a boundary, or touching one, to the exact path', () => {
    expect(group.grid.areaOfBox(grown([116.309, 34.004, 116.311, 34.005]))).toBe(UNSETTLED);
    expect(group.grid.areaOfBox(grown([116.309, 34.004, 116.31, 34.005]))).toBe(UNSETTLED);
  });

  it('leaves a box without finite coordinates to the exact path', () => {
    expect(group.grid.areaOfBox([Number.NaN, 34, 116.31, 34.01])).toBe(UNSETTLED);
    expect(group.grid.areaOfBox([116.3, 34, Infinity, 34.01])).toBe(UNSETTLED);
  });

  it('leaves a box in two overlapping parks to the exact path', () => {
    const parks = createAreaGroup([WEST, { id: 'overlap', geometry: box(116.305, 34.003, 116.315, 34.008) }]);
    expect(parks.grid.areaOfBox(grown([116.307, 34.005, 116.308, 34.006]))).toBe(UNSETTLED);
  });

  it('finds that a long slanted edge through a plot\'s bbox, but not through the plot, does not meet it', () => {
    // a square split along its diagonal; a diamond just above the diagonal, its bbox across it
    const halves = createAreaGroup(DIAGONAL_HALVES);
    const diamondBox: BBox = grown([116.3196, 34.0201, 116.3204, 34.0209]);
    expect(halves.grid.areaOfBox(diamondBox)).toBe(UNSETTLED);
    expect(anyBoundaryMeetsPlot(halves, DIAMOND, diamondBox)).toBe(false);
  });
});

describe('area grid: points', () => {
  it('finds the district of points anywhere, also next to a boundary, as point-in-polygon does', () => {
    const slanted = [
      { id: 'below', geometry: polygon([[116.3, 34], [116.32, 34], [116.32, 34.0137], [116.3, 34.0063], [116.3, 34]]) },
      { id: 'above', geometry: polygon([[116.3, 34.0063], [116.32, 34.0137], [116.32, 34.02], [116.3, 34.02], [116.3, 34.0063]]) },
    ];
    const slantedGroup = createAreaGroup(slanted);
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      for (let j = 0; j < 40; j++) {
        const point = [116.3 + (i + 0.37) * 0.0005, 34 + (j + 0.61) * 0.0005];
        const found = slantedGroup.grid.areaOfPoint(point[0] as number, point[1] as number);
        if (found === UNSETTLED) continue;
        const expected = slanted.findIndex((area) => pointInAreal(point, area.geometry));
        expect(found).toBe(expected < 0 ? OUTSIDE : expected);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });

  it('finds the district of a point a few centimetres from a boundary, on either side', () => {
    expect(group.grid.areaOfPoint(116.3099995, 34.005)).toBe(0);
    expect(group.grid.areaOfPoint(116.3100005, 34.005)).toBe(1);
  });

  it('finds no district for a point in a district\'s hole, and the enclave there', () => {
    const ring: ZoneArea = { id: 'ring', geometry: polygon(box(116.3, 34, 116.32, 34.02).coordinates[0] ?? [], box(116.305, 34.005, 116.315, 34.015).coordinates[0] ?? []) };
    const enclave: ZoneArea = { id: 'enclave', geometry: box(116.305, 34.005, 116.315, 34.015) };
    expect(createAreaGroup([ring]).grid.areaOfPoint(116.31, 34.01)).toBe(OUTSIDE);
    expect(createAreaGroup([ring, enclave]).grid.areaOfPoint(116.31, 34.01)).toBe(1);
    expect(createAreaGroup([ring, enclave]).grid.areaOfPoint(116.302, 34.01)).toBe(0);
  });
});

describe('overlay with the area grid', () => {
  const overlay = createOverlay([WEST, EAST], []);

  it('gives a plot in clean cells its whole area in its district', () => {
    const result = overlay.footprintOf({ id: 'inside', geometry: box(116.302, 34.002, 116.303, 34.003) });
    expect(result.districtShares).toEqual([{ areaId: 'west', areaM2: result.areaM2 }]);
    expect(result.areaM2 / parallelBoxAreaM2(116.302, 34.002, 116.303, 34.003)).toBeCloseTo(1, 8);
  });

  it('gives a plot near a slanted boundary, but clear of it, its whole area in its district', () => {
    const result = createOverlay(DIAGONAL_HALVES, []).footprintOf({ id: 'diamond', geometry: DIAMOND });
    expect(result.districtShares).toEqual([{ areaId: 'above', areaM2: result.areaM2 }]);
  });

  it('still clips a plot on the boundary between the grid\'s cells: 30 % / 70 %', () => {
    const result = overlay.footprintOf({ id: 'straddles', geometry: box(116.307, 34.004, 116.317, 34.005) });
    const westM2 = result.districtShares.find((s) => s.areaId === 'west')?.areaM2 ?? 0;
    const eastM2 = result.districtShares.find((s) => s.areaId === 'east')?.areaM2 ?? 0;
    expect(westM2 / result.areaM2).toBeCloseTo(0.3, 9);
    expect(eastM2 / result.areaM2).toBeCloseTo(0.7, 9);
  });
});

describe('area grid: areas it cannot raster', () => {
  it('leaves everything to the exact path when an area has a coordinate that is not finite', () => {
    const broken = createAreaGroup([WEST, { id: 'far', geometry: polygon([[116.3, 34], [Infinity, 34], [116.3, 34.01], [116.3, 34]]) }]);
    expect(broken.grid.areaOfBox(grown([116.302, 34.002, 116.303, 34.003]))).toBe(UNSETTLED);
    expect(broken.grid.areaOfPoint(116.302, 34.002)).toBe(UNSETTLED);
  });
});
