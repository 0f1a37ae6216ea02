/** Small helpers on rings that may or may not repeat their first position at the end. */
import type { Position, Ring } from '../domain/geometry.ts';

/** True when the ring has at least one position and ends on its first position. */
export function isClosedRing(ring: Ring): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

/** The ring's distinct positions, without the closing repeat (a new array). */
export function openRing(ring: Ring): Position[] {
  return isClosedRing(ring) ? ring.slice(0, ring.length - 1) : ring.slice();
}
