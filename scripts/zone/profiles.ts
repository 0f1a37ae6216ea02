/**
 * What the four districts and the parks-in-park are, and how their land is typically used:
 * the tables the generator draws from (DESIGN.md §1).
 */
import type { IndustryCluster, PlotStatus } from '../../src/domain/plot.ts';
import type { DistrictId } from '../../src/domain/zone.ts';

export interface DistrictInfo {
  id: DistrictId;
  /** first letter of plot ids */
  letter: string;
  name: string;
  nameEn: string;
  brief: string;
  briefEn: string;
}

export const DISTRICT_INFO: Readonly<Record<DistrictId, DistrictInfo>> = {
  north: { id: 'north', letter: 'N', name: '北区', nameEn: 'North District', brief: '做优', briefEn: 'Optimise: upgrade the established industry' },
  west: { id: 'west', letter: 'W', name: '西区', nameEn: 'West District', brief: '做强', briefEn: 'Strengthen: grow modern services' },
  south: { id: 'south', letter: 'S', name: '南区', nameEn: 'South District', brief: '开拓', briefEn: 'Open up: develop new land' },
  east: { id: 'east', letter: 'E', name: '东区', nameEn: 'East District', brief: '规范', briefEn: 'Regulate: bring logistics and leather up to standard' },
};

/** The kind of land a block is laid out for; decides plot sizes and land-use codes. */
export type BlockTheme = 'industrial' | 'logistics' | 'commercial' | 'business' | 'residential' | 'public' | 'green';

export type ParkId =
  | 'white-goods-park' | 'standard-factory-park' | 'service-outsourcing-park'
  | 'leather-park' | 'logistics-park' | 'emerging-industries-park';

export interface ParkInfo {
  id: ParkId;
  name: string;
  nameEn: string;
  districtId: DistrictId;
  cluster: IndustryCluster;
  /** west and east ends as fractions of the zone width */
  fromX: number;
  toX: number;
}

export const PARK_INFO: readonly ParkInfo[] = [
  { id: 'white-goods-park', name: '白色家电产业园', nameEn: 'White Goods Industrial Park', districtId: 'north', cluster: 'white-goods', fromX: 0.1, toX: 0.42 },
  { id: 'standard-factory-park', name: '标准厂房园', nameEn: 'Standard Factory Park', districtId: 'north', cluster: 'other', fromX: 0.6, toX: 0.76 },
  { id: 'service-outsourcing-park', name: '服务外包园', nameEn: 'Service Outsourcing Park', districtId: 'west', cluster: 'modern-services', fromX: 0.08, toX: 0.3 },
  { id: 'leather-park', name: '皮革皮具产业园', nameEn: 'Leather Goods Industrial Park', districtId: 'east', cluster: 'leather', fromX: 0.54, toX: 0.7 },
  { id: 'logistics-park', name: '物流园', nameEn: 'Logistics Park', districtId: 'east', cluster: 'logistics', fromX: 0.76, toX: 0.94 },
  { id: 'emerging-industries-park', name: '新兴产业园', nameEn: 'Emerging Industries Park', districtId: 'south', cluster: 'other', fromX: 0.32, toX: 0.68 },
];

/** Block themes outside the parks, per district. */
export const DISTRICT_THEMES: Readonly<Record<DistrictId, Partial<Record<BlockTheme, number>>>> = {
  north: { industrial: 0.76, logistics: 0.03, commercial: 0.05, residential: 0.08, public: 0.04, green: 0.04 },
  west: { industrial: 0.24, commercial: 0.22, business: 0.22, residential: 0.16, public: 0.1, green: 0.06 },
  east: { industrial: 0.52, logistics: 0.3, commercial: 0.04, residential: 0.06, public: 0.03, green: 0.05 },
  south: { industrial: 0.72, logistics: 0.06, commercial: 0.03, residential: 0.08, public: 0.05, green: 0.06 },
};

export const PARK_THEMES: Readonly<Record<ParkId, Partial<Record<BlockTheme, number>>>> = {
  'white-goods-park': { industrial: 0.95, green: 0.05 },
  'standard-factory-park': { industrial: 1 },
  'service-outsourcing-park': { business: 0.6, commercial: 0.3, green: 0.1 },
  'leather-park': { industrial: 0.92, logistics: 0.08 },
  'logistics-park': { logistics: 0.92, industrial: 0.08 },
  'emerging-industries-park': { industrial: 0.92, green: 0.08 },
};

export const DISTRICT_STATUSES: Readonly<Record<DistrictId, Partial<Record<PlotStatus, number>>>> = {
  north: { built: 0.74, 'under-construction': 0.07, allocated: 0.05, idle: 0.05, vacant: 0.05, reserved: 0.04 },
  west: { built: 0.55, 'under-construction': 0.12, allocated: 0.1, idle: 0.04, vacant: 0.12, reserved: 0.07 },
  east: { built: 0.6, 'under-construction': 0.07, allocated: 0.06, idle: 0.11, vacant: 0.1, reserved: 0.06 },
  south: { vacant: 0.44, reserved: 0.3, allocated: 0.1, 'under-construction': 0.08, built: 0.07, idle: 0.01 },
};

export const PARK_STATUSES: Readonly<Record<ParkId, Partial<Record<PlotStatus, number>>>> = {
  'white-goods-park': { built: 0.86, 'under-construction': 0.05, allocated: 0.03, idle: 0.03, vacant: 0.03 },
  'standard-factory-park': { built: 0.85, 'under-construction': 0.1, vacant: 0.05 },
  'service-outsourcing-park': { built: 0.7, 'under-construction': 0.12, allocated: 0.08, vacant: 0.1 },
  'leather-park': { built: 0.72, idle: 0.12, 'under-construction': 0.06, vacant: 0.1 },
  'logistics-park': { built: 0.74, idle: 0.08, 'under-construction': 0.08, allocated: 0.05, vacant: 0.05 },
  'emerging-industries-park': { vacant: 0.35, reserved: 0.2, allocated: 0.2, 'under-construction': 0.17, built: 0.08 },
};

/** Industry of industrial land outside the parks, per district. */
export const DISTRICT_INDUSTRIES: Readonly<Record<DistrictId, Partial<Record<IndustryCluster, number>>>> = {
  north: { 'white-goods': 0.62, other: 0.38 },
  west: { other: 0.8, 'white-goods': 0.2 },
  east: { leather: 0.55, other: 0.45 },
  south: { other: 0.9, 'white-goods': 0.1 },
};
