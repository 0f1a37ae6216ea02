/**
 * GeoJSON features of the generated zone: plane shapes projected to longitude/latitude
 * (7 decimals), rings closed, properties in a stable key order.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { IndustryCluster } from '../../src/domain/plot.ts';
import type { DistrictId } from '../../src/domain/zone.ts';
import type { PlotProperties } from './attributes.ts';
import type { PlacedPark } from './parks.ts';
import type { RingXY, ShapeXY, XY } from './plane.ts';
import { DISTRICT_INFO } from './profiles.ts';

export type Projection = (point: XY) => [number, number];

export interface DistrictProperties {
  id: DistrictId;
  name: string;
  nameEn: string;
  brief: string;
  briefEn: string;
}

export interface ParkProperties {
  id: string;
  name: string;
  nameEn: string;
  districtId: DistrictId;
  cluster: IndustryCluster;
}

export type DistrictCollection = FeatureCollection<Polygon, DistrictProperties>;
export type ParkCollection = FeatureCollection<Polygon, ParkProperties>;
export type PlotCollection = FeatureCollection<Polygon | MultiPolygon, PlotProperties>;

/** A closed ring of rounded positions without repeated consecutive vertices. */
function projectRing(ring: RingXY, project: Projection): Position[] {
  const positions: Position[] = [];
  for (const point of ring) {
    const p = project(point);
    const last = positions[positions.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) positions.push(p);
  }
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first && last && first[0] === last[0] && first[1] === last[1]) positions.pop();
  if (positions.length < 3 || !first) throw new Error('ring collapsed when rounded');
  return [...positions, [first[0] as number, first[1] as number]];
}

export function projectShape(shape: ShapeXY, project: Projection): Polygon | MultiPolygon {
  const polygons = shape.map((polygon) => polygon.map((ring) => projectRing(ring, project)));
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

function polygonOf(ring: RingXY, project: Projection): Polygon {
  return { type: 'Polygon', coordinates: [projectRing(ring, project)] };
}

export function districtCollection(rings: Record<DistrictId, RingXY>, project: Projection): DistrictCollection {
  const order: DistrictId[] = ['north', 'west', 'south', 'east'];
  const features = order.map((id): Feature<Polygon, DistrictProperties> => {
    const { name, nameEn, brief, briefEn } = DISTRICT_INFO[id];
    return { type: 'Feature', properties: { id, name, nameEn, brief, briefEn }, geometry: polygonOf(rings[id], project) };
  });
  return { type: 'FeatureCollection', features };
}

export function parkCollection(parks: readonly PlacedPark[], project: Projection): ParkCollection {
  const features = parks.map(({ info, ring }): Feature<Polygon, ParkProperties> => ({
    type: 'Feature',
    properties: { id: info.id, name: info.name, nameEn: info.nameEn, districtId: info.districtId, cluster: info.cluster },
    geometry: polygonOf(ring, project),
  }));
  return { type: 'FeatureCollection', features };
}

export function plotFeature(properties: PlotProperties, shape: ShapeXY, project: Projection): Feature<Polygon | MultiPolygon, PlotProperties> {
  return { type: 'Feature', properties, geometry: projectShape(shape, project) };
}
