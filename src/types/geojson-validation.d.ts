declare module 'geojson-validation' {
  /** Returns true when valid; with `trace` true, returns the list of problems instead. */
  export function valid(object: unknown, trace?: boolean): boolean | string[];
  export function isFeatureCollection(object: unknown, trace: true): string[];
  export function isFeature(object: unknown, trace: true): string[];
  export function isGeometryObject(object: unknown, trace: true): string[];
}
