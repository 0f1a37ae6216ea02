import { css } from 'lit';

/** Shared look of the panels: sizes in rem, so the layout scales with the root font size. */
export const panelStyles = css`
  :host { display: block; color: var(--pz-text, #1f2933); font-size: 0.875rem; }
  h2 { font-size: 0.8rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em;
       color: var(--pz-muted, #52606d); margin: 0 0 0.5rem; }
  h3 { font-size: 1rem; margin: 0 0 0.4rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.2rem 0.3rem; vertical-align: top; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  tr + tr td { border-top: 1px solid var(--pz-rule, #e4e7eb); }
  .muted { color: var(--pz-muted, #52606d); }
  button { font: inherit; cursor: pointer; }
  .swatch { display: inline-block; width: 0.9rem; height: 0.9rem; border: 1px solid #0003;
            border-radius: 2px; vertical-align: middle; flex: none; }
  .pass { color: #137333; font-weight: 600; }
  .fail { color: #b3261e; font-weight: 600; }
  .no-data { color: var(--pz-muted, #52606d); }
`;
