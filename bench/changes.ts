/**
 * Seeded choices of the benchmark: random plot samples and the one-plot edits replayed on both
 * sides (a random plot with another status, moved by a few metres so its footprint, clipping
 * and centroid are recomputed).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { BenchFeature } from './zoneInput.ts';

export type Random = () => number;

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct indices of 0..n-1 in random order (partial Fisher–Yates). */
export function sampleIndices(n: number, count: number, random: Random): number[] {
  const indices = Array.from({ length: n }, (_, i) => i);
  const k = Math.min(n, count);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const swap = indices[i] as number;
    indices[i] = indices[j] as number;
    indices[j] = swap;
  }
  return indices.slice(0, k);
}

const STATUSES = ['vacant', 'reserved', 'allocated', 'under-construction', 'built', 'idle'] as const;
const METRES_PER_DEGREE_LAT = 111_320;

function movedGeometry(geometry: Polygon | MultiPolygon, dLon: number, dLat: number): Polygon | MultiPolygon {
  const move = (p: Position): Position => [(p[0] as number) + dLon, (p[1] as number) + dLat];
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(move)) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(move))) };
}

/** A changed copy of a plot: another status, moved 1–5 m in a random direction. */
export function changedCopy(plot: BenchFeature, random: Random): BenchFeature {
  const status = STATUSES.filter((s) => s !== plot.properties.status)[Math.floor(random() * (STATUSES.length - 1))];
  const distanceM = 1 + 4 * random();
  const bearing = 2 * Math.PI * random();
  const firstLat = plot.geometry.type === 'Polygon' ? plot.geometry.coordinates[0]?.[0]?.[1] : plot.geometry.coordinates[0]?.[0]?.[0]?.[1];
  const cosLat = Math.cos(((firstLat ?? 0) * Math.PI) / 180);
  const dLat = (distanceM * Math.cos(bearing)) / METRES_PER_DEGREE_LAT;
  const dLon = (distanceM * Math.sin(bearing)) / (METRES_PER_DEGREE_LAT * cosLat);
  return { ...plot, geometry: movedGeometry(plot.geometry, dLon, dLat), properties: { ...plot.properties, status } };
}

/** `count` edits of random plots (a plot may be picked more than once). */
export function randomEdits(plots: readonly BenchFeature[], count: number, random: Random): BenchFeature[] {
  const edits: BenchFeature[] = [];
  for (let i = 0; i < count; i++) edits.push(changedCopy(plots[Math.floor(random() * plots.length)] as BenchFeature, random));
  return edits;
}
