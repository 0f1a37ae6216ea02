import { describe, expect, it } from 'vitest';
import type { Areal } from '../../../src/domain/geometry.ts';
import { checkPlotGeometry } from '../../../src/geo/edit/check.ts';
import { at, plotOf, polygonM, rectM } from './fixtures.ts';

const districts = [{ id: 'west', geometry: rectM(0, 0, 500, 500) }, { id: 'east', geometry: rectM(500, 0, 1000, 500) }];
const neighbour = plotOf('W-001-01', rectM(100, 100, 200, 200));
const context = { otherPlots: [neighbour], districts };

describe('checkPlotGeometry', () => {
  it('finds nothing wrong with a plot inside one district, beside another plot', () => {
    expect(checkPlotGeometry(rectM(200, 100, 300, 200), context)).toEqual({
      selfIntersection: false, selfIntersectionAt: null, overlapsPlotIds: [], outsideAllDistricts: false, crossesDistrictBoundary: false,
    });
  });

  it('refuses a bow-tie and says where it crosses itself', () => {
    const bowTie: Areal = polygonM([[0, 0], [100, 100], [100, 0], [0, 100]]);
    const check = checkPlotGeometry(bowTie, context);
    expect(check.selfIntersection).toBe(true);
    const centre = at(50, 50);
    expect(check.selfIntersectionAt?.[0]).toBeCloseTo(centre[0] as number, 9);
    expect(check.selfIntersectionAt?.[1]).toBeCloseTo(centre[1] as number, 9);
  });

  it('flags the plots a shape overlaps, but not the plot’s own old version', () => {
    const shape = rectM(150, 150, 250, 250);
    expect(checkPlotGeometry(shape, context).overlapsPlotIds).toEqual(['W-001-01']);
    expect(checkPlotGeometry(shape, context, { ignorePlotIds: ['W-001-01'] }).overlapsPlotIds).toEqual([]);
  });

  it('flags a plot outside every district, and does not call it crossing', () => {
    const check = checkPlotGeometry(rectM(100, 600, 200, 700), context);
    expect(check.outsideAllDistricts).toBe(true);
    expect(check.crossesDistrictBoundary).toBe(false);
  });

  it('reports a plot across the boundary of two districts (allowed, counted pro rata)', () => {
    const check = checkPlotGeometry(rectM(450, 100, 550, 200), context);
    expect(check).toMatchObject({ crossesDistrictBoundary: true, outsideAllDistricts: false, selfIntersection: false });
  });

  it('reports a plot half outside the zone as crossing the boundary', () => {
    expect(checkPlotGeometry(rectM(100, 450, 200, 550), context).crossesDistrictBoundary).toBe(true);
  });

  it('does not report a plot drawn along a district boundary as crossing it', () => {
    expect(checkPlotGeometry(rectM(400, 100, 500, 200), context).crossesDistrictBoundary).toBe(false);
  });

  it('accepts bare district geometries and no districts at all', () => {
    expect(checkPlotGeometry(rectM(100, 600, 200, 700), { otherPlots: [], districts: districts.map((d) => d.geometry) }).outsideAllDistricts).toBe(true);
    expect(checkPlotGeometry(rectM(100, 600, 200, 700), { otherPlots: [], districts: [] }).outsideAllDistricts).toBe(false);
  });
});
