/**
 * How two straight segments meet: not at all, crossing at one interior point, touching (an
 * end of one lies on the other) or overlapping along a line. Orientation tests snap to zero
 * within 1e-9° (≈ 0.1 mm) of the other segment's line, so a vertex placed on an edge by a
 * drawing tool counts as touching even when its digits are rounded.
 */

export const NO_CONTACT = 0;
export const CROSSING = 1;
export const TOUCHING = 2;
export const OVERLAPPING = 3;
export type SegmentContact = typeof NO_CONTACT | typeof CROSSING | typeof TOUCHING | typeof OVERLAPPING;

export const CONTACT_TOLERANCE_DEG = 1e-9;

/** Where the last contact found lies (written by `segmentContact`, read right after). */
export const contactPoint = { x: 0, y: 0 };

function snap(d: number, length: number): number {
  return Math.abs(d) <= CONTACT_TOLERANCE_DEG * length ? 0 : d;
}

/** Contact of segment a–b with segment c–d. */
export function segmentContact(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): SegmentContact {
  const cdx = dx - cx;
  const cdy = dy - cy;
  const cdLength = Math.abs(cdx) + Math.abs(cdy);
  const d1 = snap(cdx * (ay - cy) - cdy * (ax - cx), cdLength);
  const d2 = snap(cdx * (by - cy) - cdy * (bx - cx), cdLength);
  if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0)) return NO_CONTACT;
  const abx = bx - ax;
  const aby = by - ay;
  const abLength = Math.abs(abx) + Math.abs(aby);
  const d3 = snap(abx * (cy - ay) - aby * (cx - ax), abLength);
  const d4 = snap(abx * (dy - ay) - aby * (dx - ax), abLength);
  if ((d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0)) return NO_CONTACT;
  if (d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) {
    const t = d1 / (d1 - d2);
    contactPoint.x = ax + t * abx;
    contactPoint.y = ay + t * aby;
    return CROSSING;
  }
  if ((d1 === 0 && d2 === 0) || (d3 === 0 && d4 === 0)) return collinearContact(ax, ay, abx, aby, cx, cy, dx, dy);
  const [x, y] = d1 === 0 ? [ax, ay] : d2 === 0 ? [bx, by] : d3 === 0 ? [cx, cy] : [dx, dy];
  contactPoint.x = x;
  contactPoint.y = y;
  return TOUCHING;
}

/** Two segments on one line: overlap along a stretch, touch at an end, or miss. */
function collinearContact(
  ax: number, ay: number, abx: number, aby: number,
  cx: number, cy: number, dx: number, dy: number,
): SegmentContact {
  const length2 = abx * abx + aby * aby;
  if (length2 === 0) return NO_CONTACT;
  const tc = ((cx - ax) * abx + (cy - ay) * aby) / length2;
  const td = ((dx - ax) * abx + (dy - ay) * aby) / length2;
  const lo = Math.max(0, Math.min(tc, td));
  const hi = Math.min(1, Math.max(tc, td));
  const slack = CONTACT_TOLERANCE_DEG / Math.sqrt(length2);
  if (hi < lo - slack) return NO_CONTACT;
  contactPoint.x = ax + lo * abx;
  contactPoint.y = ay + lo * aby;
  if (hi - lo <= slack) {
    // a single shared point: report the exact vertex when it is one
    const atC = Math.abs(tc - lo) <= slack;
    const atD = Math.abs(td - lo) <= slack;
    const exact = atC ? [cx, cy] : atD ? [dx, dy] : lo === 0 ? [ax, ay] : [ax + abx, ay + aby];
    contactPoint.x = exact[0] as number;
    contactPoint.y = exact[1] as number;
    return TOUCHING;
  }
  return OVERLAPPING;
}
