/**
 * The per-feature steps around the file-level coordinate decision: reading the coordinate
 * lists (before), and range check, ring repairs and outline warnings (after).
 */
import type { Areal } from '../../domain/geometry.ts';
import type { PolygonList } from './coordinatesRead.ts';
import { readArealCoordinates } from './coordinatesRead.ts';
import { firstOutOfRange } from './coordinateTransform.ts';
import type { ArealCandidate } from './featureRead.ts';
import { checkGeometry } from './geometryChecks.ts';
import { repairGeometry } from './geometryRepair.ts';
import * as sayFeature from './messages/feature.ts';
import * as sayFile from './messages/file.ts';
import { featureLabel } from './messages/labels.ts';
import type { ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';
import type { FeatureKind } from './types.ts';

export type CoordinatesStep = { ok: true; polygons: PolygonList; repaired: ReportEntry[] } | { ok: false; skip: ReportEntry };

/** Reads the coordinate lists; lists the envelope repairs of a feature that has an outline. */
export function readCandidateCoordinates(candidate: ArealCandidate, kind: FeatureKind): CoordinatesStep {
  const { ref } = candidate;
  const label = featureLabel(kind, ref);
  const reading = readArealCoordinates(candidate.geometryType, candidate.coordinates);
  if (!reading.ok) return { ok: false, skip: makeEntry(REASONS.badStructure, ref, sayFeature.badCoordinatesMessage(label, reading.problem)) };
  const repaired: ReportEntry[] = [];
  if (candidate.wrapped) repaired.push(makeEntry(REASONS.bareGeometryWrapped, ref, sayFile.bareGeometryMessage(label, candidate.geometryType)));
  if (reading.stringValues > 0) repaired.push(makeEntry(REASONS.stringCoordinate, ref, sayFeature.stringCoordinateMessage(label, reading.stringValues), { values: reading.stringValues }));
  if (reading.thirdCoordinate) repaired.push(makeEntry(REASONS.thirdCoordinate, ref, sayFeature.thirdCoordinateMessage(label)));
  return { ok: true, polygons: reading.polygons, repaired };
}

export type GeometryStep = { ok: true; geometry: Areal; repaired: ReportEntry[]; warnings: ReportEntry[] } | { ok: false; skip: ReportEntry };

/** Range check, repairs and warnings on coordinates already in longitude/latitude. */
export function finishGeometry(candidate: ArealCandidate, polygons: PolygonList, kind: FeatureKind): GeometryStep {
  const { ref } = candidate;
  const label = featureLabel(kind, ref);
  const outside = firstOutOfRange(polygons);
  if (outside !== null) {
    const details = { sampleX: outside[0] ?? null, sampleY: outside[1] ?? null };
    return { ok: false, skip: makeEntry(REASONS.coordinatesOutOfRange, ref, sayFeature.outOfRangeMessage(label, outside), details) };
  }
  const repair = repairGeometry(candidate.geometryType, polygons, ref, label);
  if (!repair.ok) return repair;
  const repaired = [...repair.repaired];
  const warnings = [...repair.warnings, ...checkGeometry(repair.geometry, ref, label)];
  if (candidate.propertiesProblem !== null) {
    repaired.push(makeEntry(REASONS.missingProperties, ref, sayFeature.missingPropertiesRepairMessage(label, candidate.propertiesProblem.found)));
    warnings.push(makeEntry(REASONS.missingProperties, ref, sayFeature.missingPropertiesWarningMessage(label)));
  }
  return { ok: true, geometry: repair.geometry, repaired, warnings };
}
