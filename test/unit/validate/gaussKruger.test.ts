/**
 * The Gauss–Krüger conversion against independent oracles: coordinates computed with proj4 2.22
 * (`+proj=tmerc +k=1 +x_0=500000 +ellps=GRS80`, whose ellipsoid equals CGCS2000's), and the
 * meridian arc from GeographicLib on the CGCS2000 ellipsoid (on the central meridian the
 * northing is the arc length from the equator).
 */
import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { gaussKrugerToLonLat, lonLatToGaussKruger } from '../../../src/geo/validate/gaussKruger.ts';

/** [lon, lat, central meridian, easting, northing] from proj4. */
const PROJ4_POINTS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [117.2, 31.8, 117, 518939.553249, 3519692.840834],
  [75.9, 39.5, 75, 577412.692086, 4374400.865221],
  [87.6, 43.8, 87, 548285.115077, 4851775.302748],
  [113.3, 23.1, 114, 428285.956156, 2555783.928783],
  [121.5, 31.2, 120, 642964.159847, 3454118.132166],
  [126.6, 45.8, 126, 546645.130030, 5074031.150012],
  [109.5, 18.25, 108, 658646.783928, 2019302.837019],
  [134.1, 47.9, 135, 432707.765267, 5307700.818886],
  [118.9, 36.6, 117, 670013.034924, 4053802.482700],
];

/** 1e-9° is about 0.1 mm. */
const DEG_TOLERANCE = 1e-9;

describe('Gauss–Krüger on CGCS2000', () => {
  it('converts metres to the longitude/latitude proj4 started from, to 0.1 mm', () => {
    for (const [lon, lat, cm, easting, northing] of PROJ4_POINTS) {
      const [gotLon, gotLat] = gaussKrugerToLonLat(easting, northing, cm);
      expect(Math.abs(gotLon - lon)).toBeLessThan(DEG_TOLERANCE);
      expect(Math.abs(gotLat - lat)).toBeLessThan(DEG_TOLERANCE);
    }
  });

  it('projects longitude/latitude to the metres proj4 gives, to 0.1 mm', () => {
    for (const [lon, lat, cm, easting, northing] of PROJ4_POINTS) {
      const [e, n] = lonLatToGaussKruger(lon, lat, cm);
      expect(Math.abs(e - easting)).toBeLessThan(1e-4);
      expect(Math.abs(n - northing)).toBeLessThan(1e-4);
    }
  });

  it('puts the central meridian at easting 500 000 m and northing equal to the meridian arc', () => {
    const cgcs2000 = new Geodesic.Geodesic(6_378_137, 1 / 298.257222101);
    for (const lat of [18, 25.5, 31.8, 40, 53.5]) {
      const arcM = cgcs2000.Inverse(0, 117, lat, 117).s12 ?? NaN;
      const [easting, northing] = lonLatToGaussKruger(117, lat, 117);
      expect(easting).toBeCloseTo(500_000, 6);
      expect(Math.abs(northing - arcM)).toBeLessThan(1e-4);
      const [lon, backLat] = gaussKrugerToLonLat(500_000, arcM, 117);
      expect(lon).toBeCloseTo(117, 12);
      expect(Math.abs(backLat - lat)).toBeLessThan(DEG_TOLERANCE);
    }
  });

  it('round-trips points 3° off the central meridian to a micrometre', () => {
    for (const lat of [18, 30, 45, 54]) {
      for (const dLon of [-3, -1.5, 0.7, 3]) {
        const [e, n] = lonLatToGaussKruger(111 + dLon, lat, 111);
        const [e2, n2] = lonLatToGaussKruger(...gaussKrugerToLonLat(e, n, 111), 111);
        expect(Math.hypot(e2 - e, n2 - n)).toBeLessThan(1e-6);
      }
    }
  });
});
