/**
 * Settings remembered in the browser between visits (localStorage): the optional basemap URL.
 * Unavailable storage (private mode, blocked) means nothing is remembered; the app still works.
 */
const BASEMAP_KEY = 'parkzone.basemapUrl';

export function loadBasemapUrl(): string {
  try {
    return localStorage.getItem(BASEMAP_KEY) ?? '';
  } catch (error) {
    console.warn('ParkZone: settings could not be read', error);
    return '';
  }
}

export function saveBasemapUrl(url: string): void {
  try {
    if (url === '') localStorage.removeItem(BASEMAP_KEY);
    else localStorage.setItem(BASEMAP_KEY, url);
  } catch (error) {
    console.warn('ParkZone: settings could not be saved', error);
  }
}
