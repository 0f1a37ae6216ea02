/** Plain GeoJSON geometry types used by the core (RFC 7946, lon/lat on WGS 84 / CGCS2000). */
export type Position = number[];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];
export type MultiPolygonCoordinates = PolygonCoordinates[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoordinates;
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: MultiPolygonCoordinates;
}

/** Every area-bearing geometry of the model is one of these. */
export type Areal = PolygonGeometry | MultiPolygonGeometry;

/** [minLon, minLat, maxLon, maxLat] */
export type BBox = [number, number, number, number];

/** The polygons of an areal geometry, whatever its type. */
export function polygonsOf(geometry: Areal): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
