/**
 * Merging adjacent plots into one (the planner chooses whose attributes the result keeps).
 *
 * The plots must be connected by adjacency: sharing a stretch of boundary or overlapping
 * (adjacency.ts); plots apart, or touching only at a point, are refused with their ids. The
 * result is their union (polygon-clipping): it keeps the chosen plot's id, attributes and
 * properties verbatim (a `changed` entry); the other plots are `removed`. The union has no
 * collinear vertices left: where the shared edge met the outline, the straight outline runs
 * through (two squares sharing an edge give a rectangle of 4 corners). A neighbour's vertex
 * that lay there still lies on the new edge, so no gap opens.
 */
import { plotWithGeometry } from '../../domain/edit/plotCopy.ts';
import type { EditResult } from '../../domain/edit/refusal.ts';
import { refuse } from '../../domain/edit/refusal.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import type { Plot } from '../../domain/plot.ts';
import { unconnected } from './adjacency.ts';
import { unionPolygons } from './booleanOps.ts';
import { arealOf } from './planar.ts';

/** Merges the plots into the one whose id is `keepAttributesOf` (which must be among them). */
export function mergePlots(plots: readonly Plot[], keepAttributesOf: string): EditResult {
  const byId = new Map(plots.map((p) => [p.id, p] as const));
  const kept = byId.get(keepAttributesOf);
  if (kept === undefined) throw new RangeError(`mergePlots: ${keepAttributesOf} is not among the plots to merge`);
  if (byId.size < 2) return refuse('too-few-plots');
  const ordered = [kept, ...[...byId.values()].filter((p) => p !== kept)];
  const apart = unconnected(ordered.map((p) => p.geometry));
  if (apart.length > 0) return refuse('not-adjacent', apart.map((i) => ordered[i]?.id).join(', '));
  const union = unionPolygons(ordered.flatMap((p) => polygonsOf(p.geometry)));
  if (!union.ok) return refuse('clip-failed', union.detail);
  if (union.polygons.length === 0) return refuse('clip-failed', 'empty union');
  return {
    ok: true,
    change: {
      added: [],
      removed: ordered.slice(1),
      changed: [{ before: kept, after: plotWithGeometry(kept, arealOf(union.polygons)) }],
    },
  };
}
