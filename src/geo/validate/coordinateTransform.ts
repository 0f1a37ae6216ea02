/**
 * Applies a coordinate decision to freshly read polygons (arrays owned by the validator, so
 * they are rewritten in place), and finds positions outside longitude/latitude range.
 */
import type { PolygonList } from './coordinatesRead.ts';
import type { CoordinateDecision } from './coordinateSystem.ts';
import { eastingZone, zoneCentralMeridianDeg } from './coordinateSystem.ts';
import { gaussKrugerToLonLat } from './gaussKruger.ts';

/** Rewrites every position to [lon, lat]; returns the central meridians used (Gauss–Krüger only). */
export function applyCoordinateDecision(features: readonly PolygonList[], decision: CoordinateDecision): number[] {
  if (decision.kind === 'swapped') {
    forEachPosition(features, (p) => {
      const x = p[0] as number;
      p[0] = p[1] as number;
      p[1] = x;
    });
    return [];
  }
  if (decision.kind !== 'gauss-kruger') return [];
  const used = new Set<number>();
  const { northingFirst, centralMeridianDeg } = decision;
  forEachPosition(features, (p) => {
    const easting = (northingFirst ? p[1] : p[0]) as number;
    const northing = (northingFirst ? p[0] : p[1]) as number;
    const zone = eastingZone(easting);
    const cm = zone !== 0 ? zoneCentralMeridianDeg(zone) : (centralMeridianDeg ?? 0);
    const [lon, lat] = gaussKrugerToLonLat(easting - zone * 1_000_000, northing, cm);
    used.add(cm);
    p[0] = lon;
    p[1] = lat;
  });
  return [...used].sort((a, b) => a - b);
}

function forEachPosition(features: readonly PolygonList[], visit: (p: number[]) => void): void {
  for (const polygons of features) {
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const p of ring) visit(p);
      }
    }
  }
}

/** The first position outside longitude ±180° / latitude ±90°, or null when all are in range. */
export function firstOutOfRange(polygons: PolygonList): number[] | null {
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const p of ring) {
        if (!(Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90)) return p;
      }
    }
  }
  return null;
}
