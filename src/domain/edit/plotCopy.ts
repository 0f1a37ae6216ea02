/**
 * New plots from old ones, never modifying the old: another geometry, another id, another
 * property bag. Bags are copied as own data properties (a `__proto__` key stays data) and keys
 * are written with `defineProperty`, never by assignment.
 */
import type { Areal } from '../geometry.ts';
import { readPlotAttributes } from '../parse.ts';
import type { Plot } from '../plot.ts';

/** A copy of the bag with `key` set to `value` (as an own, enumerable data property). */
export function withProperty(bag: Readonly<Record<string, unknown>>, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...bag };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The same plot with another geometry (id, attributes and properties unchanged). */
export function plotWithGeometry(plot: Plot, geometry: Areal): Plot {
  return { id: plot.id, geometry, attributes: plot.attributes, properties: plot.properties };
}

/**
 * The same plot under another id. When the bag carries the id itself (an own `id` key, as in
 * files that keep the plot code among the properties), that copy is updated too, so that an
 * export never writes the old code twice.
 */
export function plotWithId(plot: Plot, id: string): Plot {
  const properties = Object.hasOwn(plot.properties, 'id') ? withProperty(plot.properties, 'id', id) : plot.properties;
  return { id, geometry: plot.geometry, attributes: plot.attributes, properties };
}

/** A plot from its parts, with the typed attributes derived from the bag. */
export function makePlot(id: string, geometry: Areal, properties: Readonly<Record<string, unknown>>): Plot {
  return { id, geometry, attributes: readPlotAttributes(properties).attributes, properties };
}
