/**
 * The events components send up, named as past facts, with their typed details.
 */
import type { Lang } from '../i18n/locale.ts';
import type { ThemeId } from '../state/themes.ts';
import type { LayerKind, LayerToggle, Mode } from '../state/types.ts';

export interface PzEventDetails {
  'pz-mode-chosen': { mode: Mode };
  'pz-lang-chosen': { lang: Lang };
  'pz-open-requested': Record<string, never>;
  'pz-settings-requested': Record<string, never>;
  'pz-layer-toggled': { layer: LayerToggle; visible: boolean };
  'pz-theme-chosen': { theme: ThemeId };
  'pz-district-selected': { id: string };
  'pz-plot-selected': { id: string };
  'pz-selection-cleared': Record<string, never>;
  'pz-import-file-chosen': { file: File; kind: LayerKind };
  'pz-import-confirmed': Record<string, never>;
  'pz-import-cancelled': Record<string, never>;
  'pz-basemap-saved': { url: string };
  'pz-dialog-closed': Record<string, never>;
}

export type PzEventType = keyof PzEventDetails;

/** Sends a typed, bubbling, composed event from a component. */
export function emit<T extends PzEventType>(source: EventTarget, type: T, detail: PzEventDetails[T]): void {
  source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'pz-mode-chosen': CustomEvent<PzEventDetails['pz-mode-chosen']>;
    'pz-lang-chosen': CustomEvent<PzEventDetails['pz-lang-chosen']>;
    'pz-open-requested': CustomEvent<PzEventDetails['pz-open-requested']>;
    'pz-settings-requested': CustomEvent<PzEventDetails['pz-settings-requested']>;
    'pz-layer-toggled': CustomEvent<PzEventDetails['pz-layer-toggled']>;
    'pz-theme-chosen': CustomEvent<PzEventDetails['pz-theme-chosen']>;
    'pz-district-selected': CustomEvent<PzEventDetails['pz-district-selected']>;
    'pz-plot-selected': CustomEvent<PzEventDetails['pz-plot-selected']>;
    'pz-selection-cleared': CustomEvent<PzEventDetails['pz-selection-cleared']>;
    'pz-import-file-chosen': CustomEvent<PzEventDetails['pz-import-file-chosen']>;
    'pz-import-confirmed': CustomEvent<PzEventDetails['pz-import-confirmed']>;
    'pz-import-cancelled': CustomEvent<PzEventDetails['pz-import-cancelled']>;
    'pz-basemap-saved': CustomEvent<PzEventDetails['pz-basemap-saved']>;
    'pz-dialog-closed': CustomEvent<PzEventDetails['pz-dialog-closed']>;
  }
}
