/**
 * The frame of a generated zone: its size on the local plane, the scale of streets and plots,
 * and the projection of plane metres to longitude/latitude.
 *
 * The zone is FICTIONAL. It is placed near 117.05° E, 34.22° N only so that areas and
 * latitudes behave like a zone on the North China Plain.
 */
import type { XY } from './plane.ts';

/** Plane size of the sample zone, m (about 45 km² once the outline is drawn). */
export const SAMPLE_WIDTH_M = 7200;
export const SAMPLE_HEIGHT_M = 6300;

export const CENTER_LON = 117.05;
export const CENTER_LAT = 34.22;
/** The street grid runs a little west of north, as many plains grids do. */
const ROTATION_RAD = (-8 * Math.PI) / 180;

const WGS84_A = 6378137;
const WGS84_E2 = 0.0066943799901413165;

export interface ZoneFrame {
  /** multiplies the outline, the river and the district layout */
  zoneScale: number;
  /** multiplies street spacing, road widths and plot sizes (1 for the sample, < 1 to shrink) */
  gridScale: number;
  widthM: number;
  heightM: number;
}

export function createFrame(zoneScale: number, gridScale: number): ZoneFrame {
  return { zoneScale, gridScale, widthM: SAMPLE_WIDTH_M * zoneScale, heightM: SAMPLE_HEIGHT_M * zoneScale };
}

/** Metres per degree of latitude and longitude on WGS 84 at a latitude. */
export function metresPerDegree(latDeg: number): { lat: number; lon: number } {
  const phi = (latDeg * Math.PI) / 180;
  const w = 1 - WGS84_E2 * Math.sin(phi) ** 2;
  const meridional = (WGS84_A * (1 - WGS84_E2)) / w ** 1.5;
  const normal = WGS84_A / Math.sqrt(w);
  return { lat: (meridional * Math.PI) / 180, lon: (normal * Math.cos(phi) * Math.PI) / 180 };
}

export function roundTo7(value: number): number {
  return Math.round(value * 1e7) / 1e7;
}

/**
 * Plane metres → [lon, lat] rounded to 7 decimals (~1 cm): a rotation about the zone centre,
 * then a local equirectangular mapping at the centre latitude. The mapping is affine, so
 * straight edges stay straight and shapes that do not overlap on the plane do not overlap.
 */
export function createProjection(frame: ZoneFrame): (point: XY) => [number, number] {
  const scale = metresPerDegree(CENTER_LAT);
  const cx = frame.widthM / 2;
  const cy = frame.heightM / 2;
  const cos = Math.cos(ROTATION_RAD);
  const sin = Math.sin(ROTATION_RAD);
  return ([x, y]) => {
    const dx = x - cx;
    const dy = y - cy;
    const east = dx * cos - dy * sin;
    const north = dx * sin + dy * cos;
    return [roundTo7(CENTER_LON + east / scale.lon), roundTo7(CENTER_LAT + north / scale.lat)];
  };
}
