/**
 * The `crs` member of the 2008 GeoJSON draft (removed by RFC 7946). Its presence is warned
 * about; it is honoured when it names longitude/latitude (CRS84, EPSG:4326, EPSG:4490) or a
 * CGCS2000 Gauss–Krüger zone (EPSG:4491–4554), and ignored otherwise.
 */
import type { CrsReading } from './messages/coordinates.ts';
import { isJsonObject } from './typeName.ts';

export interface LegacyCrs {
  /** the name as written, for the message */
  name: string;
  reading: CrsReading;
  /** central meridian of a Gauss–Krüger zone, when `reading` is 'gauss-kruger' */
  centralMeridianDeg: number | null;
}

const LON_LAT_CODES: ReadonlySet<number> = new Set([4326, 4490, 4979, 4480]);

/** Reads a `crs` member; null when there is none. */
export function readLegacyCrs(crs: unknown): LegacyCrs | null {
  if (crs === undefined || crs === null) return null;
  const name = crsName(crs);
  if (name === null) return { name: JSON.stringify(crs) ?? 'crs', reading: 'unknown', centralMeridianDeg: null };
  if (/crs:?84$/i.test(name.trim())) return { name, reading: 'lonlat', centralMeridianDeg: null };
  const code = epsgCode(name);
  if (code !== null && LON_LAT_CODES.has(code)) return { name, reading: 'lonlat', centralMeridianDeg: null };
  const centralMeridianDeg = code === null ? null : gaussKrugerCentralMeridianDeg(code);
  if (centralMeridianDeg !== null) return { name, reading: 'gauss-kruger', centralMeridianDeg };
  return { name, reading: 'unknown', centralMeridianDeg: null };
}

function crsName(crs: unknown): string | null {
  if (!isJsonObject(crs)) return typeof crs === 'string' ? crs : null;
  const properties = crs.properties;
  if (!isJsonObject(properties)) return null;
  if (typeof properties.name === 'string') return properties.name;
  if (typeof properties.code === 'number' || typeof properties.code === 'string') return `EPSG:${properties.code}`;
  return null;
}

/** The EPSG code in "EPSG:4326", "urn:ogc:def:crs:EPSG::4490", "urn:ogc:def:crs:EPSG:6.6:4527". */
function epsgCode(name: string): number | null {
  const match = /EPSG:(?:[\d.]*:)?(\d+)\s*$/i.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * CGCS2000 Gauss–Krüger codes: 4491–4501 6° zones 13–23 and 4502–4512 6° CM 75°–135°E;
 * 4513–4533 3° zones 25–45 and 4534–4554 3° CM 75°–135°E. Zone-numbered systems carry the
 * zone as easting prefix, which the coordinates themselves tell, so only the meridian matters.
 */
export function gaussKrugerCentralMeridianDeg(code: number): number | null {
  if (code >= 4491 && code <= 4501) return 6 * (code - 4478) - 3;
  if (code >= 4502 && code <= 4512) return 75 + 6 * (code - 4502);
  if (code >= 4513 && code <= 4533) return 3 * (code - 4488);
  if (code >= 4534 && code <= 4554) return 75 + 3 * (code - 4534);
  return null;
}
