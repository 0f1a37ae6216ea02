/**
 * Feeds MapLibre only what changed: nothing when a collection is the same object, `updateData`
 * when few features changed (features are matched by id and compared by identity), `setData`
 * otherwise.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, GeoJSONSourceDiff } from 'maplibre-gl';

/** Above this share of changed features a whole reset is cheaper than a diff. */
const DIFF_LIMIT_SHARE = 0.2;

type Id = string | number;

function byId(collection: FeatureCollection): Map<Id, Feature> | null {
  const map = new Map<Id, Feature>();
  for (const feature of collection.features) {
    if (feature.id === undefined || map.has(feature.id)) return null;
    map.set(feature.id, feature);
  }
  return map;
}

/** The diff from one collection to the next, or null when a reset is the better choice. */
export function diffCollections(previous: FeatureCollection, next: FeatureCollection): GeoJSONSourceDiff | null {
  const before = byId(previous);
  const after = byId(next);
  if (before === null || after === null || before.size === 0) return null;
  const remove: Id[] = [];
  const add: Feature[] = [];
  for (const id of before.keys()) if (!after.has(id)) remove.push(id);
  for (const [id, feature] of after) {
    const old = before.get(id);
    if (old === feature) continue;
    if (old !== undefined) remove.push(id);
    add.push(feature);
  }
  if (remove.length + add.length > DIFF_LIMIT_SHARE * Math.max(before.size, after.size)) return null;
  return { remove, add };
}

export type SyncKind = 'unchanged' | 'updated' | 'reset';

/** Brings a GeoJSON source from `previous` to `next`, and says how. */
export function syncSource(source: GeoJSONSource, previous: FeatureCollection | undefined, next: FeatureCollection): SyncKind {
  if (previous === next) return 'unchanged';
  const diff = previous === undefined ? null : diffCollections(previous, next);
  if (diff === null) {
    void source.setData(next);
    return 'reset';
  }
  void source.updateData(diff);
  return 'updated';
}
