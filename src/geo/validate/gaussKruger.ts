/**
 * Gauss–Krüger (transverse Mercator, scale 1 on the central meridian) on the CGCS2000
 * ellipsoid (a = 6378137 m, f = 1/298.257222101), false easting 500 000 m, false northing 0,
 * as used by Chinese surveying in 3° and 6° zones.
 *
 * Krüger's series in the third flattening n to n⁶ (Karney 2011, "Transverse Mercator with an
 * accuracy of a few nanometers", eqs. 35–36), which is accurate to well under a millimetre
 * within a zone. The forward map is here for round trips in tests and for callers that export.
 */

const A_M = 6_378_137;
const FLATTENING = 1 / 298.257222101;
const FALSE_EASTING_M = 500_000;
const DEG = Math.PI / 180;

const N = FLATTENING / (2 - FLATTENING);
const N2 = N * N;
const N3 = N2 * N;
const N4 = N3 * N;
const N5 = N4 * N;
const N6 = N5 * N;
const E = Math.sqrt(FLATTENING * (2 - FLATTENING));
/** rectifying radius: the meridian arc is A·(π/2) per quadrant */
const RECTIFYING_RADIUS_M = (A_M / (1 + N)) * (1 + N2 / 4 + N4 / 64 + N6 / 256);

const ALPHA = [
  N / 2 - (2 * N2) / 3 + (5 * N3) / 16 + (41 * N4) / 180 - (127 * N5) / 288 + (7891 * N6) / 37800,
  (13 * N2) / 48 - (3 * N3) / 5 + (557 * N4) / 1440 + (281 * N5) / 630 - (1983433 * N6) / 1935360,
  (61 * N3) / 240 - (103 * N4) / 140 + (15061 * N5) / 26880 + (167603 * N6) / 181440,
  (49561 * N4) / 161280 - (179 * N5) / 168 + (6601661 * N6) / 7257600,
  (34729 * N5) / 80640 - (3418889 * N6) / 1995840,
  (212378941 * N6) / 319334400,
];

const BETA = [
  N / 2 - (2 * N2) / 3 + (37 * N3) / 96 - N4 / 360 - (81 * N5) / 512 + (96199 * N6) / 604800,
  N2 / 48 + N3 / 15 - (437 * N4) / 1440 + (46 * N5) / 105 - (1118711 * N6) / 3870720,
  (17 * N3) / 480 - (37 * N4) / 840 - (209 * N5) / 4480 + (5569 * N6) / 90720,
  (4397 * N4) / 161280 - (11 * N5) / 504 - (830251 * N6) / 7257600,
  (4583 * N5) / 161280 - (108847 * N6) / 3991680,
  (20648693 * N6) / 638668800,
];

/** Easting/northing in metres (false easting 500 000 m, no zone prefix) → [lon, lat] in degrees. */
export function gaussKrugerToLonLat(eastingM: number, northingM: number, centralMeridianDeg: number): [number, number] {
  const xi = northingM / RECTIFYING_RADIUS_M;
  const eta = (eastingM - FALSE_EASTING_M) / RECTIFYING_RADIUS_M;
  let xiP = xi;
  let etaP = eta;
  for (let j = 1; j <= 6; j++) {
    const b = BETA[j - 1] as number;
    xiP -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaP -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const tauP = Math.sin(xiP) / Math.sqrt(Math.sinh(etaP) ** 2 + Math.cos(xiP) ** 2);
  const lon = centralMeridianDeg + Math.atan2(Math.sinh(etaP), Math.cos(xiP)) / DEG;
  return [lon, Math.atan(tauFromTauPrime(tauP)) / DEG];
}

/** [lon, lat] in degrees → [easting, northing] in metres (false easting 500 000 m, no zone prefix). */
export function lonLatToGaussKruger(lonDeg: number, latDeg: number, centralMeridianDeg: number): [number, number] {
  const lambda = (lonDeg - centralMeridianDeg) * DEG;
  const tau = Math.tan(latDeg * DEG);
  const tauP = tauPrime(tau);
  const xiP = Math.atan2(tauP, Math.cos(lambda));
  const etaP = Math.asinh(Math.sin(lambda) / Math.sqrt(tauP * tauP + Math.cos(lambda) ** 2));
  let xi = xiP;
  let eta = etaP;
  for (let j = 1; j <= 6; j++) {
    const a = ALPHA[j - 1] as number;
    xi += a * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
    eta += a * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
  }
  return [FALSE_EASTING_M + RECTIFYING_RADIUS_M * eta, RECTIFYING_RADIUS_M * xi];
}

/** τ′ = tan of the conformal latitude, from τ = tan φ (Karney 2011, eq. 7). */
function tauPrime(tau: number): number {
  const sigma = Math.sinh(E * Math.atanh((E * tau) / Math.sqrt(1 + tau * tau)));
  return tau * Math.sqrt(1 + sigma * sigma) - sigma * Math.sqrt(1 + tau * tau);
}

/** Inverts τ′(τ) by Newton's method (Karney 2011, eqs. 19–21); 2–3 steps reach full precision. */
function tauFromTauPrime(tauP: number): number {
  let tau = tauP / (1 - E * E);
  for (let i = 0; i < 5; i++) {
    const tauPi = tauPrime(tau);
    const step =
      ((tauP - tauPi) / Math.sqrt(1 + tauPi * tauPi)) *
      ((1 + (1 - E * E) * tau * tau) / ((1 - E * E) * Math.sqrt(1 + tau * tau)));
    tau += step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(tau))) break;
  }
  return tau;
}
