/**
 * Repairs the rings of one feature (none of which changes its area): closes open rings,
 * removes repeated vertices and zero-width spikes, drops holes and parts with fewer than three
 * distinct vertices, and turns rings to the right-hand rule. Each kind of repair is one entry.
 * A feature left with no outline is skipped.
 */
import type { Areal } from '../../domain/geometry.ts';
import type { PolygonList } from './coordinatesRead.ts';
import * as say from './messages/geometry.ts';
import type { FeatureRef, Message, ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';
import { repairRing } from './ringRepair.ts';
import { fixPolygonWinding } from './winding.ts';

/** The repaired geometry and its entries, or the skip when nothing with an area is left. */
export type GeometryRepair =
  | { ok: true; geometry: Areal; repaired: ReportEntry[]; warnings: ReportEntry[] }
  | { ok: false; skip: ReportEntry };

interface Tally {
  opened: number;
  duplicates: number;
  spikes: number[][];
  degenerate: number;
  turned: number;
}

function repairPolygon(polygon: number[][][], tally: Tally): number[][][] | null {
  const out: number[][][] = [];
  for (let r = 0; r < polygon.length; r++) {
    const repair = repairRing(polygon[r] as number[][]);
    if (repair.wasOpen) tally.opened++;
    tally.duplicates += repair.duplicatesRemoved;
    tally.spikes.push(...repair.spikes);
    if (repair.ring === null) {
      tally.degenerate++;
      if (r === 0) return null;
      continue;
    }
    out.push(repair.ring);
  }
  tally.turned += fixPolygonWinding(out);
  return out;
}

export function repairGeometry(type: 'Polygon' | 'MultiPolygon', polygons: PolygonList, ref: FeatureRef, label: Message): GeometryRepair {
  const tally: Tally = { opened: 0, duplicates: 0, spikes: [], degenerate: 0, turned: 0 };
  const kept: number[][][][] = [];
  for (const polygon of polygons) {
    const repaired = repairPolygon(polygon, tally);
    if (repaired !== null) kept.push(repaired);
  }
  if (kept.length === 0) {
    const skip = makeEntry(REASONS.tooFewVertices, ref, say.tooFewVerticesMessage(label));
    return { ok: false, skip };
  }
  const repaired: ReportEntry[] = [];
  const warnings: ReportEntry[] = [];
  if (tally.opened > 0) repaired.push(makeEntry(REASONS.ringNotClosed, ref, say.ringNotClosedMessage(label, tally.opened), { rings: tally.opened }));
  if (tally.duplicates > 0) repaired.push(makeEntry(REASONS.duplicateVertex, ref, say.duplicateVertexMessage(label, tally.duplicates), { vertices: tally.duplicates }));
  const spike = tally.spikes[0];
  if (spike !== undefined) {
    const details = { spikes: tally.spikes.length, lon: spike[0] ?? null, lat: spike[1] ?? null };
    repaired.push(makeEntry(REASONS.spike, ref, say.spikeRepairMessage(label, tally.spikes.length, spike), details));
    warnings.push(makeEntry(REASONS.spike, ref, say.spikeWarningMessage(label, spike), details));
  }
  if (tally.degenerate > 0) repaired.push(makeEntry(REASONS.tooFewVertices, ref, say.degenerateRingsDroppedMessage(label, tally.degenerate), { rings: tally.degenerate }));
  if (tally.turned > 0) repaired.push(makeEntry(REASONS.ringWinding, ref, say.windingMessage(label), { rings: tally.turned }));
  const geometry: Areal = type === 'Polygon' ? { type: 'Polygon', coordinates: kept[0] as number[][][] } : { type: 'MultiPolygon', coordinates: kept };
  return { ok: true, geometry, repaired, warnings };
}
