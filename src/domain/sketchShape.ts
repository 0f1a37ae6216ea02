/**
 * Shape checks for sketch data that comes back from outside the program (a stored record, the
 * metadata of a sketch file): scenes and plain features. They name the first field that is
 * wrong instead of throwing, so storage can set a bad record aside and an import can report it.
 */
import type { Scene, SceneCamera, SketchFeature } from './sketch.ts';

export type SceneReading = { ok: true; scene: Scene } | { ok: false; field: string };

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function readCamera(value: unknown): SceneCamera | null {
  if (!isPlainRecord(value)) return null;
  const { center, zoom, bearing, pitch } = value;
  if (!Array.isArray(center) || center.length !== 2) return null;
  const [lon, lat] = center as unknown[];
  if (!isFiniteNumber(lon) || !isFiniteNumber(lat)) return null;
  if (!isFiniteNumber(zoom) || !isFiniteNumber(bearing) || !isFiniteNumber(pitch)) return null;
  return { center: [lon, lat], zoom, bearing, pitch };
}

/** A scene with its known fields only; the first wrong field is named. */
export function readScene(value: unknown): SceneReading {
  if (!isPlainRecord(value)) return { ok: false, field: 'scene' };
  for (const key of ['id', 'title', 'caption', 'theme'] as const) {
    if (typeof value[key] !== 'string') return { ok: false, field: key };
  }
  const camera = readCamera(value.camera);
  if (camera === null) return { ok: false, field: 'camera' };
  if (!isStringList(value.layers)) return { ok: false, field: 'layers' };
  const scene: Scene = {
    id: value.id as string, title: value.title as string, caption: value.caption as string,
    camera, theme: value.theme as string, layers: [...value.layers],
  };
  if (value.highlight !== undefined) {
    if (typeof value.highlight !== 'string') return { ok: false, field: 'highlight' };
    scene.highlight = value.highlight;
  }
  if (value.headline !== undefined) {
    if (!isStringList(value.headline)) return { ok: false, field: 'headline' };
    scene.headline = [...value.headline];
  }
  if (value.extrude !== undefined) {
    if (typeof value.extrude !== 'boolean') return { ok: false, field: 'extrude' };
    scene.extrude = value.extrude;
  }
  return { ok: true, scene };
}

function isPosition(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && value.every(isFiniteNumber);
}

function isRingList(value: unknown): boolean {
  return Array.isArray(value) && value.every((ring) => Array.isArray(ring) && ring.every(isPosition));
}

function isAreal(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  if (value.type === 'Polygon') return isRingList(value.coordinates);
  return value.type === 'MultiPolygon' && Array.isArray(value.coordinates) && value.coordinates.every(isRingList);
}

/**
 * The first field of a stored or exported plot that is wrong, or null when it is a plain
 * feature: a text id, a Polygon or MultiPolygon of finite positions, a property object.
 */
export function sketchFeatureProblem(value: unknown): string | null {
  if (!isPlainRecord(value)) return 'feature';
  if (typeof value.id !== 'string') return 'id';
  if (!isAreal(value.geometry)) return 'geometry';
  if (!isPlainRecord(value.properties)) return 'properties';
  return null;
}

/** Narrows after `sketchFeatureProblem` found nothing wrong. */
export function isSketchFeature(value: unknown): value is SketchFeature {
  return sketchFeatureProblem(value) === null;
}
