/**
 * The events Review's components send up, named as past facts, with their typed details.
 */
import type { ReviewTableId } from '../state/reviewTable.ts';

export interface PzReviewEventDetails {
  'pz-review-csv-requested': { tableId: ReviewTableId };
  'pz-review-print-requested': { paper: 'a4' | 'a3' };
  'pz-review-print-closed': Record<string, never>;
}

export function emitReview<T extends keyof PzReviewEventDetails>(source: EventTarget, type: T, detail: PzReviewEventDetails[T]): void {
  source.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'pz-review-csv-requested': CustomEvent<PzReviewEventDetails['pz-review-csv-requested']>;
    'pz-review-print-requested': CustomEvent<PzReviewEventDetails['pz-review-print-requested']>;
    'pz-review-print-closed': CustomEvent<PzReviewEventDetails['pz-review-print-closed']>;
  }
}
