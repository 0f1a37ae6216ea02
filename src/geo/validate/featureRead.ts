/**
 * Reads one entry of a feature list: its id, its attribute table and its geometry type. Areal
 * features go on to the geometry checks; everything else is skipped with a reason.
 */
import { featureStructureTrace } from './gjvTrace.ts';
import { featureLabel } from './messages/labels.ts';
import * as say from './messages/feature.ts';
import { copyProperties, hasOwnMember, ownMember } from './properties.ts';
import type { FeatureRef, Message, ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';
import type { TypeReading } from './typeName.ts';
import { describeValue, isArealTypeName, isGeometryTypeName, isJsonObject, readTypeMember } from './typeName.ts';
import type { FeatureKind } from './types.ts';

export type IdProblem = null | { kind: 'missing' } | { kind: 'bad'; written: string };

export interface ArealCandidate {
  ref: FeatureRef;
  idProblem: IdProblem;
  geometryType: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
  properties: Record<string, unknown>;
  /** null when the feature had a table (or null, which RFC 7946 allows); else what it had */
  propertiesProblem: null | { found: Message | null };
  /** the entry was a bare Polygon/MultiPolygon in the list, wrapped as a feature */
  wrapped: boolean;
}

export type FeatureReading =
  | { ok: true; candidate: ArealCandidate; caseRepaired: boolean }
  | { ok: false; skip: ReportEntry; caseRepaired: boolean; geometryType: string | null };

/** The id as text: the feature's `id`, else its `id` attribute; numbers become text. */
function readId(feature: Readonly<Record<string, unknown>>, properties: Readonly<Record<string, unknown>>): { id: string | null; problem: IdProblem } {
  for (const value of [ownMember(feature, 'id'), ownMember(properties, 'id')]) {
    if (typeof value === 'string' && value.trim() !== '') return { id: value, problem: null };
    if (typeof value === 'number' && Number.isFinite(value)) return { id: String(value), problem: null };
  }
  const written = ownMember(feature, 'id');
  if (written === undefined || written === null) return { id: null, problem: { kind: 'missing' } };
  return { id: null, problem: { kind: 'bad', written: JSON.stringify(written) ?? String(written) } };
}

/** Reads one entry of a feature list; a bare Polygon/MultiPolygon entry is wrapped as a feature. */
export function readFeature(raw: unknown, index: number, kind: FeatureKind): FeatureReading {
  const bare: FeatureRef = { index, id: null };
  if (!isJsonObject(raw)) {
    const skip = makeEntry(REASONS.badStructure, bare, say.featureNotObjectMessage(featureLabel(kind, bare), describeValue(raw)));
    return { ok: false, skip, caseRepaired: false, geometryType: null };
  }
  const type = readTypeMember(raw);
  if (isArealTypeName(type.type)) return readFeatureObject({ type: 'Feature', properties: {}, geometry: raw }, index, kind, true);
  if (type.type !== 'Feature') return skipBadType(raw, bare, kind, type);
  return readFeatureObject(raw, index, kind, false);
}

function readFeatureObject(raw: Record<string, unknown>, index: number, kind: FeatureKind, wrapped: boolean): FeatureReading {
  const featureCase = readTypeMember(raw).caseRepaired;
  const rawProperties = ownMember(raw, 'properties');
  const properties = isJsonObject(rawProperties) ? copyProperties(rawProperties) : {};
  const { id, problem } = readId(raw, properties);
  const ref: FeatureRef = { index, id };
  const geometry = readGeometry(raw, ref, kind);
  const caseRepaired = featureCase || geometry.caseRepaired;
  if (!geometry.ok) return { ok: false, skip: geometry.skip, caseRepaired, geometryType: geometry.geometryType };
  const propertiesProblem = rawProperties === null || isJsonObject(rawProperties) ? null : { found: rawProperties === undefined ? null : describeValue(rawProperties) };
  const candidate: ArealCandidate = { ref, idProblem: problem, geometryType: geometry.type, coordinates: geometry.coordinates, properties, propertiesProblem, wrapped };
  return { ok: true, candidate, caseRepaired };
}

type GeometryReading =
  | { ok: true; type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; caseRepaired: boolean }
  | { ok: false; skip: ReportEntry; geometryType: string | null; caseRepaired: boolean };

/** The feature's geometry: areal (read on), or the reason it is skipped. */
function readGeometry(raw: Record<string, unknown>, ref: FeatureRef, kind: FeatureKind): GeometryReading {
  const label = featureLabel(kind, ref);
  const geometry = ownMember(raw, 'geometry');
  if (geometry === undefined || geometry === null) {
    const skip = makeEntry(REASONS.nullGeometry, ref, say.nullGeometryMessage(label, !hasOwnMember(raw, 'geometry')));
    return { ok: false, skip, geometryType: null, caseRepaired: false };
  }
  const type = isJsonObject(geometry) ? readTypeMember(geometry) : null;
  const caseRepaired = type?.caseRepaired ?? false;
  if (type === null || !isGeometryTypeName(type.type)) {
    const skip = makeEntry(REASONS.badStructure, ref, say.geometryBadTypeMessage(label, type?.written ?? null), { technical: featureStructureTrace(raw) });
    return { ok: false, skip, geometryType: null, caseRepaired };
  }
  if (!isArealTypeName(type.type)) {
    const skip = makeEntry(REASONS.nonPolygonFeature, ref, say.nonPolygonMessage(label, type.type));
    return { ok: false, skip, geometryType: type.type, caseRepaired };
  }
  return { ok: true, type: type.type, coordinates: ownMember(geometry as Record<string, unknown>, 'coordinates'), caseRepaired };
}

function skipBadType(raw: Record<string, unknown>, ref: FeatureRef, kind: FeatureKind, type: TypeReading): FeatureReading {
  const label = featureLabel(kind, ref);
  if (isGeometryTypeName(type.type)) {
    const skip = makeEntry(REASONS.nonPolygonFeature, ref, say.nonPolygonMessage(label, type.type));
    return { ok: false, skip, caseRepaired: type.caseRepaired, geometryType: type.type };
  }
  const skip = makeEntry(REASONS.badStructure, ref, say.featureBadTypeMessage(label, type.written), { technical: featureStructureTrace(raw) });
  return { ok: false, skip, caseRepaired: false, geometryType: null };
}
