import { describe, expect, it } from 'vitest';
import { EXAMPLE_THRESHOLDS } from '../../../src/domain/thresholds.ts';
import { SAMPLE_SEED, generateZone } from '../../../scripts/zone/generateZone.ts';
import { ZONE_FILE_NAMES, serializeFeatureCollection, zoneFileTexts } from '../../../scripts/zone/writer.ts';
import { readDataText } from './zoneOracles.ts';

describe('the committed sample data', () => {
  const fresh = zoneFileTexts(generateZone({ seed: SAMPLE_SEED }), EXAMPLE_THRESHOLDS);

  it.each(Object.values(ZONE_FILE_NAMES))('equals a fresh generation of %s byte for byte', (name) => {
    expect(readDataText(name)).toBe(fresh.get(name));
  });

  it('writes the example thresholds as plain JSON with the field names of EXAMPLE_THRESHOLDS', () => {
    expect(JSON.parse(readDataText(ZONE_FILE_NAMES.thresholds))).toEqual(EXAMPLE_THRESHOLDS);
  });

  it('keeps every file of the sample under 1 MB', () => {
    for (const name of Object.values(ZONE_FILE_NAMES)) {
      expect(Buffer.byteLength(readDataText(name), 'utf8')).toBeLessThan(1_000_000);
    }
  });

  it('writes one feature per line so that a regenerated sample diffs plot by plot', () => {
    const lines = readDataText(ZONE_FILE_NAMES.plots).trimEnd().split('\n');
    const features = (JSON.parse(readDataText(ZONE_FILE_NAMES.plots)) as { features: unknown[] }).features;
    expect(lines).toHaveLength(features.length + 2);
    expect(lines[1]?.startsWith('{"type":"Feature","properties":{"id":')).toBe(true);
  });
});

describe('the generator', () => {
  it('gives the same bytes for the same seed and plot count', () => {
    const first = generateZone({ seed: 42, plotCount: 1000 });
    const second = generateZone({ seed: 42, plotCount: 1000 });
    expect(serializeFeatureCollection(second.plots)).toBe(serializeFeatureCollection(first.plots));
    expect(serializeFeatureCollection(second.districts)).toBe(serializeFeatureCollection(first.districts));
  });

  it('gives a different zone for a different seed', () => {
    const a = generateZone({ seed: 1, plotCount: 1000 });
    const b = generateZone({ seed: 2, plotCount: 1000 });
    expect(serializeFeatureCollection(b.plots)).not.toBe(serializeFeatureCollection(a.plots));
  });
});
