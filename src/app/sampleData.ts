/**
 * The zone the app opens with: the sample shipped in data/ (bundled as files the built app
 * fetches locally), or another zone on the same server named by `?zone=path/to/folder`
 * (used by the browser benchmark). Only same-origin relative paths are accepted.
 */
import districtsUrl from '../../data/districts.geojson?url';
import parksUrl from '../../data/parks.geojson?url';
import plotsUrl from '../../data/plots.geojson?url';
import type { LayerKind } from '../state/types.ts';

const SAMPLE_URLS: Readonly<Record<LayerKind, string>> = {
  districts: districtsUrl,
  parks: parksUrl,
  plots: plotsUrl,
};

/** The URLs of the zone to open, given the page's query string. */
export function zoneUrls(search: string): Readonly<Record<LayerKind, string>> {
  const folder = new URLSearchParams(search).get('zone');
  if (folder === null || !/^[\w./-]+$/.test(folder) || folder.includes('..') || folder.startsWith('/')) return SAMPLE_URLS;
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  return { districts: `${base}districts.geojson`, parks: `${base}parks.geojson`, plots: `${base}plots.geojson` };
}
