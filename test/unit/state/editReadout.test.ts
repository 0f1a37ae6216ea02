import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../src/domain/geometry.ts';
import { draftReadoutOf, segmentLengthM } from '../../../src/state/editReadout.ts';
import type { DraftShape } from '../../../src/state/editTypes.ts';
import { geodesicAreaM2 } from '../geo/oracles.ts';
import { square } from './editFixtures.ts';

function geodesicM(a: Position, b: Position): number {
  return Geodesic.WGS84.Inverse(a[1] as number, a[0] as number, b[1] as number, b[0] as number).s12 ?? NaN;
}

function draft(geometry: DraftShape['geometry'], currentEdge: DraftShape['currentEdge'] = null): DraftShape {
  return { tool: 'polygon', geometry, currentEdge, cursorPx: { x: 0, y: 0 }, plotIds: [], moveDelta: null };
}

describe('the live readout', () => {
  it('measures a drawn square like GeographicLib: area to 1e-6, perimeter and edge to 1e-6', () => {
    const geometry = square(117.03, 34.19, 0.004);
    const ring = geometry.coordinates[0] as Position[];
    const edge: [Position, Position] = [ring[1] as Position, ring[2] as Position];
    const readout = draftReadoutOf(draft(geometry, edge));
    const perimeterM = ring.slice(1).reduce((sum, p, i) => sum + geodesicM(ring[i] as Position, p), 0);
    expect(Math.abs((readout?.areaM2 ?? 0) / geodesicAreaM2(geometry) - 1)).toBeLessThan(1e-6);
    expect(Math.abs((readout?.perimeterM ?? 0) / perimeterM - 1)).toBeLessThan(1e-6);
    expect(Math.abs((readout?.edgeM ?? 0) / geodesicM(edge[0], edge[1]) - 1)).toBeLessThan(1e-6);
  });

  it('reads a split line as a length without an area', () => {
    const line: Position[] = [[117, 34.2], [117.003, 34.2], [117.003, 34.202]];
    const readout = draftReadoutOf(draft({ type: 'LineString', coordinates: line }));
    expect(readout?.areaM2).toBeNull();
    expect(Math.abs((readout?.perimeterM ?? 0) / (geodesicM(line[0] as Position, line[1] as Position) + geodesicM(line[1] as Position, line[2] as Position)) - 1)).toBeLessThan(1e-6);
  });

  it('gives no area to a shape with fewer than three corners yet', () => {
    const readout = draftReadoutOf(draft({ type: 'Polygon', coordinates: [[[117, 34.2], [117.001, 34.2], [117, 34.2]]] }));
    expect(readout?.areaM2).toBe(0);
  });

  it('measures a 1 km edge at 45° N like GeographicLib', () => {
    const a: Position = [120, 45];
    const b: Position = [120.009, 45.004];
    expect(Math.abs(segmentLengthM(a, b) / geodesicM(a, b) - 1)).toBeLessThan(1e-6);
  });
});
