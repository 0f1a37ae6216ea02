/**
 * The events the editing components send up, named as past facts, with their typed details.
 */
import type { EditCommand, EditTool } from '../state/editTypes.ts';

export interface PzEditEventDetails {
  'pz-edit-tool-chosen': { tool: EditTool };
  'pz-edit-command-chosen': { command: EditCommand };
  'pz-snap-toggled': { enabled: boolean };
  'pz-edit-notice-dismissed': Record<string, never>;
  'pz-trim-requested': { plotId: string };
  'pz-merge-confirmed': { keepAttributesOf: string };
  'pz-merge-cancelled': Record<string, never>;
  /** property key → new value as typed (text; '' clears); keys not listed stay as they are */
  'pz-attributes-submitted': { plotIds: readonly string[]; patch: Readonly<Record<string, unknown>> };
  'pz-plot-renamed': { plotId: string; newId: string };
}

export type PzEditEventType = keyof PzEditEventDetails;

export function emitEdit<T extends PzEditEventType>(source: EventTarget, type: T, detail: PzEditEventDetails[T]): void {
  source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'pz-edit-tool-chosen': CustomEvent<PzEditEventDetails['pz-edit-tool-chosen']>;
    'pz-edit-command-chosen': CustomEvent<PzEditEventDetails['pz-edit-command-chosen']>;
    'pz-snap-toggled': CustomEvent<PzEditEventDetails['pz-snap-toggled']>;
    'pz-edit-notice-dismissed': CustomEvent<PzEditEventDetails['pz-edit-notice-dismissed']>;
    'pz-trim-requested': CustomEvent<PzEditEventDetails['pz-trim-requested']>;
    'pz-merge-confirmed': CustomEvent<PzEditEventDetails['pz-merge-confirmed']>;
    'pz-merge-cancelled': CustomEvent<PzEditEventDetails['pz-merge-cancelled']>;
    'pz-attributes-submitted': CustomEvent<PzEditEventDetails['pz-attributes-submitted']>;
    'pz-plot-renamed': CustomEvent<PzEditEventDetails['pz-plot-renamed']>;
  }
}
