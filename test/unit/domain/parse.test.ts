import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../../../src/domain/geometry.ts';
import { parsePlotAttributes, readPlotAttributes, toDistrict, toPark, toPlot } from '../../../src/domain/parse.ts';

const SQUARE: PolygonGeometry = { type: 'Polygon', coordinates: [[[116, 40], [116.001, 40], [116.001, 40.001], [116, 40]]] };

describe('parsePlotAttributes', () => {
  it('maps the GeoJSON keys to typed attributes with units in their names', () => {
    const attributes = parsePlotAttributes({
      landUse: '1001', industry: 'white-goods', status: 'built', enterprise: '海尔', investment: 1200,
      output: 3000, tax: 150, floorArea: 8000, footprintArea: 4000, greenArea: 900, adminArea: 300,
      floors: 3, heightM: 15, standardFactory: false, leasedFloorArea: 0,
    });
    expect(attributes).toEqual({
      landUse: '1001', industry: 'white-goods', status: 'built', enterprise: '海尔', investmentWanYuan: 1200,
      outputWanYuanPerYear: 3000, taxWanYuanPerYear: 150, floorAreaM2: 8000, footprintAreaM2: 4000,
      greenAreaM2: 900, adminAreaM2: 300, floors: 3, heightM: 15, standardFactory: false, leasedFloorAreaM2: 0,
    });
  });

  it('accepts numbers written as numeric text', () => {
    expect(parsePlotAttributes({ investment: ' 1200.5 ', tax: '2e2' })).toEqual({ investmentWanYuan: 1200.5, taxWanYuanPerYear: 200 });
  });

  it('turns a negative or non-numeric figure into no data and reports it', () => {
    const { attributes, problems } = readPlotAttributes({ investment: -5, tax: 'abc', output: Infinity, floorArea: true });
    expect(attributes).toEqual({});
    expect(problems.map((p) => [p.key, p.reason])).toEqual([
      ['investment', 'negative'], ['output', 'not-a-number'], ['tax', 'not-a-number'], ['floorArea', 'not-a-number'],
    ]);
    expect(problems[0]?.messageEn).toBe('investment -5 is negative; treated as no data');
  });

  it('treats missing, null and empty values as no data without a problem', () => {
    expect(readPlotAttributes({ investment: null, tax: '', enterprise: '  ', industry: null })).toEqual({ attributes: {}, problems: [] });
  });

  it('restores the leading zero of a land-use code given as a number', () => {
    expect(parsePlotAttributes({ landUse: 701 }).landUse).toBe('0701');
    expect(parsePlotAttributes({ landUse: 1001 }).landUse).toBe('1001');
  });

  it('keeps an unknown land-use code and warns that it counts as not developable', () => {
    const { attributes, problems } = readPlotAttributes({ landUse: '9999' });
    expect(attributes.landUse).toBe('9999');
    expect(problems[0]?.reason).toBe('unknown-land-use');
  });

  it('reads clusters and statuses case-insensitively and by their Chinese names', () => {
    expect(parsePlotAttributes({ industry: ' White-Goods ', status: 'BUILT' })).toEqual({ industry: 'white-goods', status: 'built' });
    expect(parsePlotAttributes({ industry: '皮革皮具', status: '已供未建' })).toEqual({ industry: 'leather', status: 'allocated' });
  });

  it('reports an unknown cluster or status and leaves it out', () => {
    const { attributes, problems } = readPlotAttributes({ industry: 'steel', status: 'sold' });
    expect(attributes).toEqual({});
    expect(problems.map((p) => p.reason)).toEqual(['unknown-industry', 'unknown-status']);
  });

  it('reads a standard-factory flag from yes/no text and reports anything else', () => {
    expect(parsePlotAttributes({ standardFactory: '是' }).standardFactory).toBe(true);
    expect(parsePlotAttributes({ standardFactory: 'no' }).standardFactory).toBe(false);
    expect(parsePlotAttributes({ standardFactory: 1 }).standardFactory).toBe(true);
    expect(readPlotAttributes({ standardFactory: 'maybe' }).problems[0]?.reason).toBe('not-a-boolean');
  });

  it('ignores keys inherited from the prototype and reads a __proto__ key as plain data', () => {
    const properties = JSON.parse('{"__proto__": {"tax": 5}, "constructor": 3}') as Record<string, unknown>;
    expect(parsePlotAttributes(properties)).toEqual({});
    expect(Object.getPrototypeOf(parsePlotAttributes(properties))).toBe(Object.prototype);
  });
});

describe('toPlot, toDistrict, toPark', () => {
  it('keeps the property bag verbatim, unknown keys and __proto__ included, without mutating it', () => {
    const properties = Object.freeze(JSON.parse('{"id":"A-01","investment":"300","备注":"x","__proto__":{"a":1}}') as Record<string, unknown>);
    const plot = toPlot({ geometry: SQUARE, properties });
    expect(plot.properties).toBe(properties);
    expect(Object.keys(plot.properties)).toEqual(['id', 'investment', '备注', '__proto__']);
    expect(plot.id).toBe('A-01');
    expect(plot.attributes.investmentWanYuan).toBe(300);
  });

  it('prefers the feature id and keeps it as text', () => {
    expect(toPlot({ id: 17, geometry: SQUARE, properties: { id: 'other' } }).id).toBe('17');
  });

  it('reads a feature with null properties as an empty bag', () => {
    const plot = toPlot({ id: 'p', geometry: SQUARE, properties: null });
    expect(plot.properties).toEqual({});
    expect(plot.attributes).toEqual({});
  });

  it('reads a district and a park with its cluster', () => {
    const district = toDistrict({ id: 'north', geometry: SQUARE, properties: { name: '北区', nameEn: 'North', brief: '做优' } });
    expect([district.id, district.name, district.nameEn, district.brief]).toEqual(['north', '北区', 'North', '做优']);
    const park = toPark({ geometry: SQUARE, properties: { id: 'wg', name: '白色家电园', districtId: 'north', cluster: 'white-goods' } });
    expect([park.id, park.districtId, park.cluster, park.nameEn]).toEqual(['wg', 'north', 'white-goods', '']);
    expect(toPark({ id: 'x', geometry: SQUARE, properties: { cluster: 'steel' } }).cluster).toBeUndefined();
  });
});
