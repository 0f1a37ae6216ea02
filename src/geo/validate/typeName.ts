/**
 * GeoJSON type names (RFC 7946 §1.4), read case-insensitively: "polygon" is repaired to
 * "Polygon" (the caller records a 'type-case' repair), anything else is unknown.
 */

export const GEOMETRY_TYPES = [
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
] as const;
export type GeometryTypeName = (typeof GEOMETRY_TYPES)[number];
export type GeoJsonTypeName = GeometryTypeName | 'Feature' | 'FeatureCollection';

const ALL_TYPES: readonly GeoJsonTypeName[] = [...GEOMETRY_TYPES, 'Feature', 'FeatureCollection'];
const BY_LOWER_CASE: ReadonlyMap<string, GeoJsonTypeName> = new Map(ALL_TYPES.map((t) => [t.toLowerCase(), t]));

export interface TypeReading {
  /** the GeoJSON type, or null when the member is missing, not text or not a GeoJSON type */
  type: GeoJsonTypeName | null;
  /** the member as written, when it is text */
  written: string | null;
  /** true when the name was only recognised by ignoring case */
  caseRepaired: boolean;
}

/** Reads the "type" member of a parsed JSON object. */
export function readTypeMember(object: Readonly<Record<string, unknown>>): TypeReading {
  const value = Object.prototype.hasOwnProperty.call(object, 'type') ? object.type : undefined;
  if (typeof value !== 'string') return { type: null, written: null, caseRepaired: false };
  const found = BY_LOWER_CASE.get(value.trim().toLowerCase()) ?? null;
  return { type: found, written: value, caseRepaired: found !== null && found !== value };
}

export function isArealTypeName(type: GeoJsonTypeName | null): type is 'Polygon' | 'MultiPolygon' {
  return type === 'Polygon' || type === 'MultiPolygon';
}

export function isGeometryTypeName(type: GeoJsonTypeName | null): type is GeometryTypeName {
  return type !== null && type !== 'Feature' && type !== 'FeatureCollection';
}

/** A plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a non-object value is described in messages: null, a list, a number, a text. */
export function describeValue(value: unknown): { zh: string; en: string } {
  if (value === null) return { zh: 'null（空值）', en: 'null' };
  if (Array.isArray(value)) return { zh: '一个列表 [ ]', en: 'a list [ ]' };
  if (typeof value === 'string') {
    const text = value.length > 20 ? `${value.slice(0, 19)}…` : value;
    return { zh: `文字“${text}”`, en: `the text "${text}"` };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { zh: String(value), en: String(value) };
  return { zh: typeof value, en: typeof value };
}
