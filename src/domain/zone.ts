import type { Areal } from './geometry.ts';
import type { IndustryCluster } from './plot.ts';

export const DISTRICT_IDS = ['north', 'west', 'south', 'east'] as const;
export type DistrictId = (typeof DISTRICT_IDS)[number];

/** One of the four districts (北区 西区 南区 东区). */
export interface District {
  id: string;
  name: string;
  nameEn: string;
  brief: string;
  geometry: Areal;
  properties: Readonly<Record<string, unknown>>;
}

/** A park-in-park (园中园). */
export interface Park {
  id: string;
  name: string;
  nameEn: string;
  districtId: string;
  cluster?: IndustryCluster;
  geometry: Areal;
  properties: Readonly<Record<string, unknown>>;
}

/** An area a plot can be counted toward: a district or a park. */
export interface ZoneArea {
  id: string;
  geometry: Areal;
}
