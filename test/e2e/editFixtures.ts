/**
 * Where the editing tests draw, chosen in Node with the core from the sample zone's files: a
 * district corner with free land beside it (no plot, inside the district), and a plain
 * four-cornered plot to split.
 */
import type { Position } from '../../src/domain/geometry.ts';
import { arealAreaM2 } from '../../src/geo/area.ts';
import { arealCentroid } from '../../src/geo/centroid.ts';
import { pointInAreal } from '../../src/geo/pointInPolygon.ts';
import type { SourceFeature } from '../../src/state/types.ts';
import type { Expected } from './expected.ts';

export interface FreeCorner {
  districtId: string;
  /** the district's corner, exactly as in its file */
  corner: Position;
  /** the other corners of a free square drawn from it (counter-clockwise or not) */
  square: [Position, Position, Position];
}

/** A square of `sideDeg` from a district corner whose every sample point is in the district and in no plot. */
export function freeCorner(expected: Expected, sideDeg: number): FreeCorner {
  for (const district of expected.districts) {
    if (district.geometry.type !== 'Polygon') continue;
    for (const corner of (district.geometry.coordinates[0] ?? []).slice(0, -1)) {
      for (const [sx, sy] of [[1, 1], [1, -1], [-1, 1], [-1, -1]] as const) {
        const at = (i: number, j: number): Position => [(corner[0] as number) + sx * sideDeg * i, (corner[1] as number) + sy * sideDeg * j];
        const samples: Position[] = [];
        for (let i = 0; i <= 4; i++) for (let j = 0; j <= 4; j++) samples.push(at(i / 4 + 1e-3, j / 4 + 1e-3));
        const free = samples.every((q) => pointInAreal(q, district.geometry) && !expected.plots.some((p) => pointInAreal(q, p.geometry)));
        if (free) return { districtId: district.id, corner, square: [at(1, 0), at(1, 1), at(0, 1)] };
      }
    }
  }
  throw new Error('the sample zone has no free land beside a district corner');
}

/** A four-cornered plot of at least `minAreaM2` whose centroid lies inside it. */
export function plainPlot(expected: Expected, minAreaM2: number): SourceFeature {
  const found = expected.plots.find((p) => p.geometry.type === 'Polygon' && p.geometry.coordinates.length === 1
    && p.geometry.coordinates[0]?.length === 5 && arealAreaM2(p.geometry) >= minAreaM2 && pointInAreal(arealCentroid(p.geometry), p.geometry));
  if (found === undefined) throw new Error('the sample zone has no plain four-cornered plot');
  return found;
}
