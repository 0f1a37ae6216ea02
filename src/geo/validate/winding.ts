/**
 * Ring direction by the RFC 7946 right-hand rule: outer rings anticlockwise, holes clockwise
 * (in longitude/latitude). The sign of the ring's signed area (area.ts) tells the direction.
 */
import { signedRingAreaM2 } from '../area.ts';

/**
 * Turns rings of one polygon round where needed (outer anticlockwise, holes clockwise), in
 * place on rings the validator owns. Returns how many rings were turned.
 */
export function fixPolygonWinding(polygon: number[][][]): number {
  let turned = 0;
  for (let r = 0; r < polygon.length; r++) {
    const ring = polygon[r] as number[][];
    const areaM2 = signedRingAreaM2(ring);
    const wantAnticlockwise = r === 0;
    if (areaM2 !== 0 && areaM2 > 0 !== wantAnticlockwise) {
      ring.reverse();
      turned++;
    }
  }
  return turned;
}
