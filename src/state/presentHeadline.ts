/**
 * A scene's headline numbers: a few figures of the highlighted district or park (or the whole
 * zone), shown large in Present mode. Read from the engine's statistics, never computed here;
 * a ratio with no data stays null ("no data"), never 0 %.
 */
import type { Scene } from '../domain/sketch.ts';
import { m2ToMu } from '../domain/units.ts';
import type { Occupancy, ZoneStats } from '../stats/types.ts';

export const HEADLINE_KEYS = ['developableArea', 'occupancyRatio', 'builtRatio', 'vacantArea'] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export interface HeadlineFigure {
  key: HeadlineKey;
  kind: 'ratio' | 'areaMu';
  value: number | null;
}

export interface Headline {
  /** the district or park the figures are of; null for the whole zone */
  areaId: string | null;
  figures: HeadlineFigure[];
}

function isHeadlineKey(key: string): key is HeadlineKey {
  return (HEADLINE_KEYS as readonly string[]).includes(key);
}

function figureOf(key: HeadlineKey, occupancy: Occupancy): HeadlineFigure {
  switch (key) {
    case 'developableArea':
      return { key, kind: 'areaMu', value: m2ToMu(occupancy.developableAreaM2) };
    case 'vacantArea':
      return { key, kind: 'areaMu', value: m2ToMu(occupancy.vacantAreaM2) };
    case 'occupancyRatio':
      return { key, kind: 'ratio', value: occupancy.occupancyRatio };
    case 'builtRatio':
      return { key, kind: 'ratio', value: occupancy.builtRatio };
  }
}

/** The scene's headline, or null when it asks for none or the figures are not computed yet. */
export function headlineOf(scene: Scene | undefined, stats: ZoneStats | null): Headline | null {
  const keys = (scene?.headline ?? []).filter(isHeadlineKey);
  if (scene === undefined || keys.length === 0 || stats === null) return null;
  const id = scene.highlight;
  const area = id === undefined ? undefined : stats.districts.find((o) => o.areaId === id) ?? stats.parks.find((o) => o.areaId === id);
  const occupancy = area ?? stats.zone;
  return { areaId: area === undefined ? null : area.areaId, figures: keys.map((key) => figureOf(key, occupancy)) };
}
