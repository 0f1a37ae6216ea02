/**
 * Checks between the features that passed: ids (generated when missing, made unique when
 * repeated), overlaps between features, and features outside every district.
 */
import type { Areal } from '../../domain/geometry.ts';
import { arealBBox } from '../bbox.ts';
import { assignUniqueIds } from './duplicateIds.ts';
import type { ArealCandidate } from './featureRead.ts';
import { findOverlaps } from './featureOverlaps.ts';
import * as sayFeature from './messages/feature.ts';
import { featureLabel, kindNoun } from './messages/labels.ts';
import * as sayRelations from './messages/relations.ts';
import { findOutsideDistricts } from './outsideDistricts.ts';
import type { ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';
import type { FeatureKind } from './types.ts';

export interface Accepted {
  candidate: ArealCandidate;
  geometry: Areal;
}

const ID_PREFIX: Record<FeatureKind, string> = { plots: 'plot', districts: 'district', parks: 'park' };

/** Final ids: the file's id, or a generated `plot-12`; repeats renamed `-2`, `-3`… */
export function settleIds(accepted: readonly Accepted[], kind: FeatureKind): { ids: string[]; repaired: ReportEntry[]; warnings: ReportEntry[] } {
  const repaired: ReportEntry[] = [];
  const given = accepted.map(({ candidate }) => {
    const { ref, idProblem } = candidate;
    if (ref.id !== null) return ref.id;
    const generated = `${ID_PREFIX[kind]}-${ref.index + 1}`;
    const bad = idProblem !== null && idProblem.kind === 'bad' ? idProblem.written : null;
    repaired.push(makeEntry(REASONS.missingId, ref, sayFeature.missingIdMessage(featureLabel(kind, ref), kindNoun(kind), generated, bad), { newId: generated }));
    return generated;
  });
  const unique = assignUniqueIds(given);
  const warnings = unique.renamed.map(({ position, firstPosition, newId }) => {
    const { ref } = (accepted[position] as Accepted).candidate;
    const first = (accepted[firstPosition] as Accepted).candidate.ref;
    const message = sayFeature.duplicateIdMessage(featureLabel(kind, ref), first.index, newId);
    return makeEntry(REASONS.duplicateId, ref, message, { newId, firstFeatureIndex: first.index });
  });
  return { ids: unique.ids, repaired, warnings };
}

/** Overlap and outside-district warnings. */
export function relationWarnings(accepted: readonly Accepted[], kind: FeatureKind, districts: readonly Areal[] | undefined): ReportEntry[] {
  const geometries = accepted.map((a) => a.geometry);
  const boxes = geometries.map((g) => arealBBox(g));
  const warnings: ReportEntry[] = [];
  for (const { first, second, areaM2 } of findOverlaps(geometries, boxes)) {
    const a = (accepted[first] as Accepted).candidate.ref;
    const b = (accepted[second] as Accepted).candidate.ref;
    const message = sayRelations.overlapMessage(featureLabel(kind, b), featureLabel(kind, a), areaM2);
    warnings.push(makeEntry(REASONS.overlap, b, message, { otherFeatureIndex: a.index, otherFeatureId: a.id, areaM2 }));
  }
  if (districts !== undefined && districts.length > 0 && kind !== 'districts') {
    for (const position of findOutsideDistricts(geometries, boxes, districts)) {
      const { ref } = (accepted[position] as Accepted).candidate;
      warnings.push(makeEntry(REASONS.outsideDistricts, ref, sayRelations.outsideDistrictsMessage(featureLabel(kind, ref), kind)));
    }
  }
  return warnings;
}
