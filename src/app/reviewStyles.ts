import { css } from 'lit';

/**
 * <pz-app> in Review mode (host attribute `reviewing`): the dashboard takes the right column and
 * the selection moves under the left panel. While the report page is open (`printing`) it lies
 * over the workspace on screen and is the only thing printed.
 */
export const reviewStyles = css`
  :host([reviewing]) {
    grid-template-columns: 17rem 1fr minmax(26rem, 42%);
    grid-template-rows: auto auto auto 1fr minmax(8rem, 40%);
    grid-template-areas: 'header header header' 'notice notice notice' 'error error error' 'left map review' 'right map review';
  }
  :host([reviewing]) aside.right { border-left: none; border-right: 1px solid #d9e2ec; border-top: 1px solid #d9e2ec; }
  aside.review { grid-area: review; border-left: 1px solid #d9e2ec; }
  pz-review-print { position: fixed; inset: 0; z-index: 30; overflow: auto; }
  @media print {
    :host([printing]) { display: block; height: auto; width: auto; overflow: visible; background: #fff; }
    :host([printing]) > *:not(pz-review-print) { display: none !important; }
    :host([printing]) > pz-review-print { position: static; overflow: visible; }
  }
`;
