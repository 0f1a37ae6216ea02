import { LAND_USE_CLASSES } from '../domain/landUse.ts';
import { INDUSTRY_CLUSTERS, PLOT_STATUSES } from '../domain/plot.ts';
import { msg, type Lang } from '../i18n/locale.ts';
import type { MessageKey } from '../i18n/messages.ts';

/**
 * The plot colouring themes. One table drives both the map's paint expression and the legend,
 * so the legend always matches what the map draws.
 */
export const THEME_IDS = ['landUse', 'status', 'industry', 'class', 'compliance'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** A label: a message key, or a name pair from a domain table (land-use names). */
export type ThemeLabel = { key: MessageKey } | { zh: string; en: string };

export interface ThemeEntry {
  /** the value matched in the plot's property or feature state */
  value: string;
  /** #rrggbb */
  color: string;
  /** shown before the label in the legend (land-use code) */
  code?: string;
  label: ThemeLabel;
}

export interface ThemeDefinition {
  id: ThemeId;
  /** property (or feature-state key) of a map plot feature the theme colours by */
  key: string;
  /** whether the value is a feature property or a feature state set from engine figures */
  from: 'property' | 'state';
  entries: readonly ThemeEntry[];
  fallbackColor: string;
  fallbackLabel: ThemeLabel;
}

const STATUS_COLORS: Readonly<Record<(typeof PLOT_STATUSES)[number], string>> = {
  vacant: '#f0f0f0', reserved: '#9ecae1', allocated: '#fdd49e',
  'under-construction': '#fc8d59', built: '#b30000', idle: '#6a51a3',
};

const INDUSTRY_COLORS: Readonly<Record<(typeof INDUSTRY_CLUSTERS)[number], string>> = {
  'white-goods': '#1f78b4', leather: '#b15928', 'modern-services': '#e7298a',
  logistics: '#6a3d9a', other: '#a6a6a6',
};

export const THEMES: Readonly<Record<ThemeId, ThemeDefinition>> = {
  landUse: {
    id: 'landUse', key: 'landUse', from: 'property',
    entries: LAND_USE_CLASSES.map((c) => ({
      value: c.code, color: c.color, code: c.code, label: { zh: c.nameZh, en: c.nameEn },
    })),
    fallbackColor: '#d9d9d9', fallbackLabel: { key: 'landUse.unknown' },
  },
  status: {
    id: 'status', key: 'status', from: 'property',
    entries: PLOT_STATUSES.map((s) => ({ value: s, color: STATUS_COLORS[s], label: { key: `status.${s}` } })),
    fallbackColor: '#bdbdbd', fallbackLabel: { key: 'status.none' },
  },
  industry: {
    id: 'industry', key: 'industry', from: 'property',
    entries: INDUSTRY_CLUSTERS.map((i) => ({ value: i, color: INDUSTRY_COLORS[i], label: { key: `industry.${i}` } })),
    fallbackColor: '#f7f7f7', fallbackLabel: { key: 'industry.none' },
  },
  class: {
    id: 'class', key: 'efficiencyClass', from: 'state',
    entries: [
      { value: 'A', color: '#1a9850', label: { key: 'class.A' } },
      { value: 'B', color: '#91cf60', label: { key: 'class.B' } },
      { value: 'C', color: '#fee08b', label: { key: 'class.C' } },
      { value: 'D', color: '#d73027', label: { key: 'class.D' } },
    ],
    fallbackColor: '#e0e0e0', fallbackLabel: { key: 'class.none' },
  },
  compliance: {
    id: 'compliance', key: 'compliance', from: 'state',
    entries: [
      { value: 'pass', color: '#1a9850', label: { key: 'compliance.pass' } },
      { value: 'fail', color: '#d73027', label: { key: 'compliance.fail' } },
      { value: 'no-data', color: '#bdbdbd', label: { key: 'compliance.no-data' } },
    ],
    fallbackColor: '#e0e0e0', fallbackLabel: { key: 'compliance.no-data' },
  },
};

export function isThemeId(value: string): value is ThemeId {
  return (THEME_IDS as readonly string[]).includes(value);
}

/**
 * The text of a theme label in a language. Names from the national classification keep their
 * Chinese name in English too, since that is the name on every plan.
 */
export function themeLabelText(lang: Lang, label: ThemeLabel): string {
  if ('key' in label) return msg(lang, label.key);
  return lang === 'zh' ? label.zh : `${label.en} (${label.zh})`;
}
