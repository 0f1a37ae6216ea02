import { css } from 'lit';

/**
 * <pz-app> while presenting (host attribute `presenting`): the map takes the whole screen; the
 * header, the side panels and every notice step aside; the scenes panel slides in on the right.
 */
export const presentStyles = css`
  :host([presenting]) {
    --pz-scene-panel-width: min(34vw, 32rem);
    grid-template-columns: 1fr; grid-template-rows: 1fr; grid-template-areas: 'map';
  }
  :host([presenting]) > pz-header, :host([presenting]) > aside, :host([presenting]) > .notice,
  :host([presenting]) > pz-sketch-banner { display: none; }
  .scene-panel { position: absolute; top: 0; right: 0; bottom: 0; width: var(--pz-scene-panel-width); z-index: 7;
                 background: #f5f7fa; box-shadow: -0.3vmin 0 1.5vmin #0003; padding: 1.2vmin; box-sizing: border-box; overflow: auto; }
`;
