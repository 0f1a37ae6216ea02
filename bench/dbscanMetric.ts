/**
 * Why DBSCAN cluster counts may differ by one or two: Turf measures distance on a sphere
 * (haversine, R = 6 371 008.8 m), the engine on the ellipsoid (local plane with the meridian and
 * prime-vertical radii), so at 34° N a north–south pair reads ~0.23 % longer in Turf and an
 * east–west pair ~0.21 % shorter. A pair of centroids at 299.5–300.5 m may be neighbours in one
 * and not in the other, and the synthetic zone's regular blocks put many pairs there.
 * This counts those pairs, so a differing count can be shown to come from the metric.
 */
import { distance, point } from '@turf/turf';
import type { Position } from '../src/domain/geometry.ts';
import { projectToPlane } from '../src/stats/dbscan.ts';
import { createPointGrid } from '../src/stats/pointGrid.ts';

/** Pairs of points that are within `epsM` in one metric and not in the other. */
export function pairsSplitByMetric(points: readonly Position[], epsM: number): number {
  const { xs, ys } = projectToPlane(points);
  const grid = createPointGrid(xs, ys, epsM * 1.01);
  const found: number[] = [];
  let split = 0;
  for (let i = 0; i < points.length; i++) {
    const count = grid.neighbours(i, found);
    for (let k = 0; k < count; k++) {
      const j = found[k] as number;
      if (j <= i) continue;
      const planeM = Math.hypot((xs[i] as number) - (xs[j] as number), (ys[i] as number) - (ys[j] as number));
      if (Math.abs(planeM - epsM) > epsM * 0.01) continue;
      const sphereM = distance(point(points[i] as number[]), point(points[j] as number[]), { units: 'meters' });
      if (planeM <= epsM !== sphereM <= epsM) split += 1;
    }
  }
  return split;
}
