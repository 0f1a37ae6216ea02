import type { ExpressionSpecification } from 'maplibre-gl';
import type { MapThemeSpec } from './mapTypes.ts';

/** The fill colour expression of a theme: the same table the legend is drawn from. */
export function themeFillColor(theme: MapThemeSpec): ExpressionSpecification {
  const input: ExpressionSpecification = theme.from === 'property'
    ? ['to-string', ['coalesce', ['get', theme.key], '']]
    : ['to-string', ['coalesce', ['feature-state', theme.key], '']];
  const pairs: string[] = [];
  for (const entry of theme.entries) pairs.push(entry.value, entry.color);
  if (pairs.length === 0) return ['to-color', theme.fallbackColor];
  return ['match', input, ...pairs, theme.fallbackColor] as unknown as ExpressionSpecification;
}
