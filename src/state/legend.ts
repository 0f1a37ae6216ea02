/**
 * The legend of the active theme: the theme table's entries that occur in the plots, with
 * their counts, and the fallback row when some plots match no entry. Same table as the paint.
 */
import type { PlotThemeValue } from './engineProtocol.ts';
import { plotCollectionOf } from './mapData.ts';
import { THEMES, type ThemeId, type ThemeLabel } from './themes.ts';
import type { LayerData } from './types.ts';

export interface LegendRow {
  value: string | null;
  color: string;
  code: string | null;
  label: ThemeLabel;
  plotCount: number;
}

function valuesOf(themeId: ThemeId, plots: LayerData, themeValues: readonly PlotThemeValue[]): string[] {
  const theme = THEMES[themeId];
  if (theme.from === 'property') {
    return plotCollectionOf(plots).features.map((f) => String(f.properties?.[theme.key] ?? ''));
  }
  return themeValues.map((v) => (themeId === 'class' ? v.efficiencyClass ?? '' : v.compliance));
}

let last: { themeId: ThemeId; plots: LayerData; themeValues: readonly PlotThemeValue[]; rows: LegendRow[] } | null = null;

export function legendRowsOf(themeId: ThemeId, plots: LayerData, themeValues: readonly PlotThemeValue[]): LegendRow[] {
  if (last && last.themeId === themeId && last.plots === plots && last.themeValues === themeValues) return last.rows;
  const theme = THEMES[themeId];
  const counts = new Map<string, number>();
  for (const value of valuesOf(themeId, plots, themeValues)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rows: LegendRow[] = [];
  let matched = 0;
  for (const entry of theme.entries) {
    const plotCount = counts.get(entry.value) ?? 0;
    matched += plotCount;
    if (plotCount > 0) rows.push({ value: entry.value, color: entry.color, code: entry.code ?? null, label: entry.label, plotCount });
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (total > matched) {
    rows.push({ value: null, color: theme.fallbackColor, code: null, label: theme.fallbackLabel, plotCount: total - matched });
  }
  last = { themeId, plots, themeValues, rows };
  return rows;
}
