/**
 * The top level of a parsed file: a FeatureCollection, a bare Feature, or a bare geometry.
 * Yields the list of entries to read as features, or a refusal in plain words.
 */
import * as say from './messages/file.ts';
import { ownMember } from './properties.ts';
import type { Message, ReasonCode, ReportEntry } from './report.ts';
import { REASONS, makeEntry } from './report.ts';
import { isJsonObject, readTypeMember } from './typeName.ts';
import type { FeatureKind } from './types.ts';

export type RootReading =
  | { ok: true; entries: readonly unknown[]; crs: unknown; caseRepaired: boolean }
  | { ok: false; refusal: ReportEntry };

function refuse(code: ReasonCode, message: Message): RootReading {
  return { ok: false, refusal: makeEntry(code, null, message) };
}

export function readRoot(value: unknown, kind: FeatureKind): RootReading {
  if (!isJsonObject(value)) {
    const shape = value === null ? 'null' : Array.isArray(value) ? 'array' : 'scalar';
    return refuse(REASONS.notGeoJson, say.notGeoJsonMessage(shape, null));
  }
  const type = readTypeMember(value);
  const crs = ownMember(value, 'crs');
  if (type.type === null) {
    if (type.written === null) return refuse(REASONS.notGeoJson, say.notGeoJsonMessage('no-type', null));
    const shape = type.written.trim().toLowerCase() === 'topology' ? 'topojson' : 'unknown-type';
    return refuse(REASONS.notGeoJson, say.notGeoJsonMessage(shape, type.written));
  }
  if (type.type !== 'FeatureCollection') return { ok: true, entries: [value], crs, caseRepaired: type.caseRepaired };
  const features = ownMember(value, 'features');
  if (!Array.isArray(features)) return refuse(REASONS.badStructure, say.featuresNotListMessage());
  if (features.length === 0) return refuse(REASONS.empty, say.emptyCollectionMessage(kind));
  return { ok: true, entries: features, crs, caseRepaired: type.caseRepaired };
}
