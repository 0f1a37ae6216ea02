import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { diffCollections } from '../../../src/map/sourceSync.ts';

function square(id: number): Feature {
  return {
    type: 'Feature', id, properties: { id: `P${id}` },
    geometry: { type: 'Polygon', coordinates: [[[id, 0], [id + 1, 0], [id + 1, 1], [id, 1], [id, 0]]] },
  };
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

const TEN = Array.from({ length: 10 }, (_, i) => square(i + 1));

describe('diffCollections', () => {
  it('sends nothing for features that are the same objects', () => {
    expect(diffCollections(collection(TEN), collection([...TEN]))).toEqual({ remove: [], add: [] });
  });

  it('replaces only the feature that changed', () => {
    const changed = { ...square(3), properties: { id: 'P3', status: 'built' } };
    const next = TEN.map((f) => (f.id === 3 ? changed : f));
    expect(diffCollections(collection(TEN), collection(next))).toEqual({ remove: [3], add: [changed] });
  });

  it('removes a deleted feature and adds a new one', () => {
    const added = square(11);
    const next = [...TEN.filter((f) => f.id !== 5), added];
    expect(diffCollections(collection(TEN), collection(next))).toEqual({ remove: [5], add: [added] });
  });

  it('asks for a whole reset when most features changed', () => {
    const next = TEN.map((f) => ({ ...f }));
    expect(diffCollections(collection(TEN), collection(next))).toBeNull();
  });

  it('asks for a whole reset when ids are missing or repeated', () => {
    expect(diffCollections(collection([...TEN, square(1)]), collection(TEN))).toBeNull();
    const anonymous: Feature = { ...square(1), id: undefined };
    expect(diffCollections(collection(TEN), collection([anonymous]))).toBeNull();
  });
});
