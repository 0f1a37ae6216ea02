/**
 * The WGS 84 ellipsoid (CGCS2000 differs by < 1e-8 relative in area) and its authalic
 * ordinate, shared by the area formula and the equal-area plane.
 */
export const WGS84_A_M = 6_378_137;
export const WGS84_FLATTENING = 1 / 298.257223563;
/** first eccentricity squared */
export const WGS84_E2 = WGS84_FLATTENING * (2 - WGS84_FLATTENING);
/** b²/2 in m², the factor of the authalic ordinate */
export const HALF_B2_M2 = (WGS84_A_M * WGS84_A_M * (1 - WGS84_E2)) / 2;
export const RAD_PER_DEG = Math.PI / 180;

const E2 = WGS84_E2;

/**
 * Authalic ordinate Y(φ) / (b²/2) from s = sin φ: s/(1 − e²s²) + atanh(e·s)/e, the area between
 * the equator and φ per radian of longitude, in units of b²/2. Both terms are series in
 * x = e²s²: s·Σ xᵏ·(2k+2)/(2k+1), here to k = 5 (truncation below 1e-13 relative), a
 * polynomial with no logarithm and no division.
 */
export function authalicOrdinate(s: number): number {
  const x = E2 * s * s;
  return s * (2 + x * (4 / 3 + x * (6 / 5 + x * (8 / 7 + x * (10 / 9 + x * (12 / 11))))));
}
