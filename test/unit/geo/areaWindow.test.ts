import { describe, expect, it } from 'vitest';
import type { BBox, Ring } from '../../../src/domain/geometry.ts';
import { chunkRing, clipChunkedPolygonsToWindow } from '../../../src/geo/areaWindow.ts';
import { extendBBox, emptyBBox } from '../../../src/geo/bbox.ts';
import { clipPolygonsToWindow } from '../../../src/geo/windowClip.ts';

/** A closed ring of `count` vertices winding around a circle with a wiggle, like a district boundary. */
function wigglyRing(count: number): Ring {
  const ring: Ring = [];
  for (let i = 0; i < count; i++) {
    const angle = (2 * Math.PI * i) / count;
    const radius = 0.05 + 0.004 * Math.sin(17 * angle) + 0.002 * Math.cos(53 * angle);
    ring.push([116.3 + radius * Math.cos(angle), 34.2 + radius * Math.sin(angle)]);
  }
  ring.push([...(ring[0] as number[])]);
  return ring;
}

function windowsOver(count: number): BBox[] {
  const windows: BBox[] = [];
  for (let i = 0; i < count; i++) {
    const x = 116.24 + ((i * 0.6180339) % 1) * 0.12;
    const y = 34.14 + ((i * 0.4142135) % 1) * 0.12;
    const size = 0.0005 + ((i * 0.7320508) % 1) * 0.004;
    windows.push([x, y, x + size, y + size * 0.8]);
  }
  return windows;
}

function sameCut(rings: Ring[], windows: BBox[]): void {
  const polygons = [rings];
  const boxes = [rings.map((ring) => extendBBox(emptyBBox(), ring))];
  const chunks = [rings.map(chunkRing)];
  for (const window of windows) {
    expect(clipChunkedPolygonsToWindow(polygons, boxes, chunks, window)).toEqual(clipPolygonsToWindow(polygons, boxes, window));
  }
}

describe('window cut of a large area', () => {
  it('cuts an 800-vertex boundary to small windows exactly as the plain window clip does', () => {
    sameCut([wigglyRing(800)], windowsOver(400));
  });

  it('cuts a ring with a hole the same, hole included', () => {
    const hole = wigglyRing(300).map((p) => [116.3 + ((p[0] as number) - 116.3) * 0.3, 34.2 + ((p[1] as number) - 34.2) * 0.3]).reverse();
    sameCut([wigglyRing(800), hole], windowsOver(300));
  });

  it('cuts a ring that repeats its closing vertex the same (the shortened ring would look closed)', () => {
    const ring = wigglyRing(200);
    ring.push([...(ring[0] as number[])]);
    sameCut([ring], windowsOver(200));
  });
});
