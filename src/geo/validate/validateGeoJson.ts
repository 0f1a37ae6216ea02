/**
 * Validates and repairs parsed GeoJSON for import (DESIGN.md §4). Every outcome is a report:
 * refused (with one reason; no features, the caller keeps its data) or imported with the
 * repairs, warnings and skipped features listed. Never throws on bad input.
 */
import type { PolygonList } from './coordinatesRead.ts';
import type { Accepted } from './crossChecks.ts';
import { relationWarnings, settleIds } from './crossChecks.ts';
import { findDuplicateMembers } from './duplicateMembers.ts';
import type { ArealCandidate } from './featureRead.ts';
import { readFeature } from './featureRead.ts';
import { finishGeometry, readCandidateCoordinates } from './featurePipeline.ts';
import { settleCoordinates } from './fileCoordinates.ts';
import * as sayFile from './messages/file.ts';
import { refusalForSkips } from './refusal.ts';
import type { ReportEntry, ReportLists } from './report.ts';
import { REASONS, emptyLists, importedReport, makeEntry, refusedReport } from './report.ts';
import { readRoot } from './structure.ts';
import type { CleanFeature, ValidateOptions, ValidationResult } from './types.ts';

/** An areal feature whose coordinates were read, with the repairs made while reading them. */
interface Candidate {
  candidate: ArealCandidate;
  polygons: PolygonList;
  repaired: ReportEntry[];
}

function refused(entry: ReportEntry, lists: ReportLists, featureCount: number): ValidationResult {
  return { report: refusedReport(entry, sortLists(lists), featureCount), features: [] };
}

/** Entries in file order: file-level first, then by feature index (stable). */
function sortLists(lists: ReportLists): ReportLists {
  const byIndex = (a: ReportEntry, b: ReportEntry): number => (a.featureIndex ?? -1) - (b.featureIndex ?? -1);
  return { repaired: lists.repaired.sort(byIndex), warnings: lists.warnings.sort(byIndex), skipped: lists.skipped.sort(byIndex) };
}

/** Duplicate members in the raw text: structural ones refuse the file, attribute ones warn. */
function checkRawText(rawText: string | undefined, lists: ReportLists): ReportEntry | null {
  if (rawText === undefined) return null;
  for (const d of findDuplicateMembers(rawText)) {
    if (d.structural) return makeEntry(REASONS.duplicateMember, null, sayFile.duplicateMemberMessage(d.member, d.line), { member: d.member, line: d.line });
    lists.warnings.push(makeEntry(REASONS.duplicateMember, null, sayFile.duplicatePropertyKeyMessage(d.member, d.line), { member: d.member, line: d.line }));
  }
  return null;
}

export function validateGeoJson(value: unknown, options: ValidateOptions): ValidationResult {
  const { kind } = options;
  const lists = emptyLists();
  const duplicate = checkRawText(options.rawText, lists);
  if (duplicate !== null) return refused(duplicate, lists, 0);
  const root = readRoot(value, kind);
  if (!root.ok) return refused(root.refusal, lists, 0);
  const featureCount = root.entries.length;
  const candidates: Candidate[] = [];
  const skippedTypes: string[] = [];
  let caseRepaired = root.caseRepaired;
  root.entries.forEach((entry, index) => {
    const reading = readFeature(entry, index, kind);
    caseRepaired ||= reading.caseRepaired;
    if (!reading.ok) {
      lists.skipped.push(reading.skip);
      if (reading.geometryType !== null) skippedTypes.push(reading.geometryType);
      return;
    }
    const step = readCandidateCoordinates(reading.candidate, kind);
    if (!step.ok) lists.skipped.push(step.skip);
    else candidates.push({ candidate: reading.candidate, polygons: step.polygons, repaired: step.repaired });
  });
  if (caseRepaired) lists.repaired.unshift(makeEntry(REASONS.typeCase, null, sayFile.typeCaseMessage()));
  const settled = settleCoordinates(candidates.map((c) => c.polygons), root.crs, options.gaussKrugerCentralMeridianDeg);
  lists.warnings.push(...settled.warnings);
  if (!settled.ok) return refused(settled.refusal, lists, featureCount);
  const accepted = finishAll(candidates, kind, lists);
  if (accepted.length === 0) return refused(refusalForSkips(lists.skipped, featureCount, kind, skippedTypes), lists, featureCount);
  const ids = settleIds(accepted, kind);
  lists.repaired.push(...ids.repaired);
  lists.warnings.push(...ids.warnings, ...relationWarnings(accepted, kind, options.districts));
  const features: CleanFeature[] = accepted.map((a, i) => ({
    index: a.candidate.ref.index,
    id: ids.ids[i] as string,
    geometry: a.geometry,
    properties: a.candidate.properties,
  }));
  return { report: importedReport(sortLists(lists), featureCount, features.length), features };
}

function finishAll(candidates: readonly Candidate[], kind: ValidateOptions['kind'], lists: ReportLists): Accepted[] {
  const accepted: Accepted[] = [];
  for (const { candidate, polygons, repaired } of candidates) {
    const step = finishGeometry(candidate, polygons, kind);
    if (!step.ok) {
      lists.skipped.push(step.skip);
      continue;
    }
    lists.repaired.push(...repaired, ...step.repaired);
    lists.warnings.push(...step.warnings);
    accepted.push({ candidate, geometry: step.geometry });
  }
  return accepted;
}
