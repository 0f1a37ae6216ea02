/**
 * Review mode's parts of the workspace: the dashboard beside the map and the print report page.
 * Looks up the pieces; computes nothing itself.
 */
import { html, type TemplateResult } from 'lit';
import type { AppState } from '../state/types.ts';
import type { ReviewController } from './reviewController.ts';
import '../components/pz-review-dashboard.ts';
import '../components/pz-review-print.ts';

export function renderReviewPanel(state: AppState, review: ReviewController): TemplateResult {
  if (state.mode !== 'review') return html``;
  return html`<aside class="review" data-testid="review-panel">
    <pz-review-dashboard .lang=${state.lang} .dashboard=${review.dashboard}></pz-review-dashboard>
  </aside>`;
}

export function renderReviewPrint(state: AppState, review: ReviewController): TemplateResult {
  const print = review.print.state;
  if (state.mode !== 'review' || print === null) return html``;
  const legend = review.print.legend();
  return html`<pz-review-print data-testid="review-print" data-paper=${print.paper} .lang=${state.lang}
    .dashboard=${review.dashboard} .imageUrl=${print.imageUrl} .imageError=${print.imageError} .date=${print.date}
    .sketchName=${review.print.sketchName()} .legendTitle=${legend.title} .legend=${legend.rows}></pz-review-print>`;
}
