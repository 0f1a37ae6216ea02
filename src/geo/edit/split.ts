/**
 * Splitting a plot along a drawn line (Polygon or MultiPolygon, holes allowed).
 *
 * The line must cross the plot: both ends outside it or on its edge, not crossing itself. Where
 * it meets the rings it is noded (noding.ts): each meeting point becomes a vertex of the line
 * and of the ring with the same coordinates. The stretches of the line inside the plot
 * (chords) and the rings then form a planar graph whose faces are the pieces (faces.ts). So
 * the pieces share their cut edges exactly: no sliver, no gap. Their areas add up to the plot's
 * under the overlay's additive measure of lon/lat-straight edges (lonLatArea.ts), checked to
 * 1e-9 relative (a failed check refuses the split); their geodesic areas (area.ts) add up to
 * within the lunes between the plot's geodesic edges and the lon/lat chords the cut points sit
 * on, ~L·tanφ/(12R) relative: 1e-6 for 100 m edges at 34° N.
 *
 * Ids: the largest piece keeps the plot's id (a `changed` entry, so selections and references
 * follow the bulk of the plot); every other piece is a new plot (`added`) with a new code from
 * the zone's pattern, continuing the plot's own group (nextPlotId with the plot's id as hint).
 * Every piece keeps the plot's properties verbatim (amounts such as investment are not shared
 * out: the planner re-attributes). Parts of a MultiPolygon that the line does not cut stay with
 * the piece that keeps the id. A line crossing several times may give more than two pieces.
 */
import type { PlotChangeSet } from '../../domain/changeSet.ts';
import { plotWithGeometry, plotWithId } from '../../domain/edit/plotCopy.ts';
import { nextPlotIds } from '../../domain/edit/plotIds.ts';
import type { EditRefusal } from '../../domain/edit/refusal.ts';
import { refuse } from '../../domain/edit/refusal.ts';
import type { Areal, Position } from '../../domain/geometry.ts';
import { polygonsOf } from '../../domain/geometry.ts';
import type { Plot } from '../../domain/plot.ts';
import { polygonAreaM2 } from '../area.ts';
import { lonLatPolygonsAreaM2 } from '../lonLatArea.ts';
import type { Face } from './faces.ts';
import { facesOf } from './faces.ts';
import { nodeLineWithRings } from './noding.ts';
import { arealOf, closeRing, orientedPolygons } from './planar.ts';
import { distinctLine, splitLineProblem, strictlyInside } from './splitLine.ts';

export interface SplitOptions {
  /** codes already used in the zone; new pieces get codes not among them */
  existingIds?: Iterable<string>;
}

export type SplitResult =
  | { ok: true; change: PlotChangeSet; /** the kept id first, then the new ones, by decreasing area */ pieceIds: string[] }
  | EditRefusal;

/** Relative disagreement between the pieces' total area and the plot's that refuses the split. */
const AREA_CHECK_RELATIVE = 1e-9;

function chordsOf(line: readonly Position[], geometry: Areal): [Position, Position][] {
  const chords: [Position, Position][] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Position;
    const b = line[i + 1] as Position;
    const middle = [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2];
    if (strictlyInside(middle, geometry)) chords.push([a, b]);
  }
  return chords;
}

function faceArea(face: Face): { polygon: Position[][]; areaM2: number } {
  const polygon = face.rings.map(closeRing);
  return { polygon, areaM2: polygonAreaM2(polygon) };
}

/** Cuts the plot's geometry along the line: the pieces, largest first, or why not. */
export function splitGeometry(geometry: Areal, drawn: readonly Position[]): Areal[] | EditRefusal {
  const line = distinctLine(drawn);
  const problem = splitLineProblem(line, geometry);
  if (problem !== null) return problem;
  const rings = orientedPolygons(geometry).flat();
  const noded = nodeLineWithRings(rings, line);
  const chords = chordsOf(noded.line, geometry);
  if (chords.length === 0) return refuse('line-does-not-cross');
  const faces = facesOf(noded.rings, chords).map((face) => ({ ...faceArea(face), cut: face.cut }));
  const cut = faces.filter((f) => f.cut).sort((a, b) => b.areaM2 - a.areaM2);
  if (cut.length < 2) return refuse('line-does-not-divide');
  const plotM2 = lonLatPolygonsAreaM2(polygonsOf(geometry));
  const piecesM2 = lonLatPolygonsAreaM2(faces.map((f) => f.polygon));
  if (!(Math.abs(piecesM2 - plotM2) <= AREA_CHECK_RELATIVE * plotM2)) return refuse('clip-failed', 'the pieces do not add up to the plot');
  const keeper = [cut[0]?.polygon as Position[][], ...faces.filter((f) => !f.cut).map((f) => f.polygon)];
  return [arealOf(keeper), ...cut.slice(1).map((f) => arealOf([f.polygon]))];
}

/** Splits the plot along the drawn line (see the file comment for ids and properties). */
export function splitPlot(plot: Plot, line: readonly Position[], options: SplitOptions = {}): SplitResult {
  const pieces = splitGeometry(plot.geometry, line);
  if (!Array.isArray(pieces)) return pieces;
  const [kept, ...others] = pieces as [Areal, ...Areal[]];
  const newIds = nextPlotIds([plot.id, ...(options.existingIds ?? [])], others.length, plot.id);
  const added = others.map((geometry, i) => plotWithId(plotWithGeometry(plot, geometry), newIds[i] as string));
  return {
    ok: true,
    change: { added, removed: [], changed: [{ before: plot, after: plotWithGeometry(plot, kept) }] },
    pieceIds: [plot.id, ...newIds],
  };
}
