/**
 * Names of the zone, its districts and parks in both languages, from the features' `name` and
 * `nameEn` properties (the id when a name is missing).
 */
import { bilingual, type Bilingual } from './reviewTable.ts';
import { findFeature, textProperty } from './selectors.ts';
import type { SourceFeature } from './types.ts';

export interface AreaFeatures {
  districts: readonly SourceFeature[];
  parks: readonly SourceFeature[];
}

export function featureName(feature: SourceFeature | undefined, id: string): Bilingual {
  if (feature === undefined) return { zh: id, en: id };
  const zh = textProperty(feature, 'name') || id;
  return { zh, en: textProperty(feature, 'nameEn') || zh };
}

/** The name of 'zone', a district or a park. */
export function areaName(areas: AreaFeatures, areaId: string): Bilingual {
  if (areaId === 'zone') return bilingual('present.zoneFigures');
  const feature = findFeature(areas.districts, areaId) ?? findFeature(areas.parks, areaId);
  return featureName(feature, areaId);
}
