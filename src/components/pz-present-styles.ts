import { css } from 'lit';

/**
 * Present mode's look: sizes in vmin, so text keeps its share of the screen from 1024×768 to
 * 3840×2160 (the title about a twentieth of the screen's height, the legend a fortieth), with
 * px floors for small windows.
 */
export const presentViewStyles = css`
  :host { position: absolute; inset: 0; pointer-events: none; z-index: 5; color: #102a43;
          font-size: clamp(14px, 2.4vmin, 64px); }
  .title { position: absolute; top: 2.5vmin; left: 2.5vmin; max-width: 58%; pointer-events: auto;
           background: #fffffff0; padding: 1.4vmin 2.4vmin; border-radius: 0.8vmin; box-shadow: 0 0.3vmin 1.5vmin #0003; }
  h1 { font-size: clamp(24px, 5.2vmin, 150px); line-height: 1.15; margin: 0; }
  .figures { display: flex; flex-wrap: wrap; gap: 0.4vmin 2.6vmin; margin: 1.2vmin 0 0; align-items: flex-end; }
  .figures .area { flex-basis: 100%; font-size: 0.85em; color: #52606d; }
  .figures dt { font-size: 0.8em; color: #52606d; }
  .figures dd { margin: 0; font-size: clamp(20px, 4vmin, 110px); font-weight: 700; font-variant-numeric: tabular-nums; }
  .caption { font-size: clamp(16px, 2.9vmin, 84px); margin: 0.6vmin 0 0; }
  .legend { position: absolute; right: 2.5vmin; bottom: 12vmin; max-height: 62%; max-width: 34%; overflow: auto;
            pointer-events: auto; background: #fffffff0; padding: 1.2vmin 2vmin; border-radius: 0.8vmin; box-shadow: 0 0.3vmin 1.5vmin #0003; }
  h2 { font-size: 1.05em; margin: 0 0 0.6vmin; }
  ul { list-style: none; margin: 0; padding: 0; }
  li { display: flex; align-items: center; gap: 0.6em; padding: 0.12em 0; }
  .swatch { width: 1.1em; height: 1.1em; border: 1px solid #0004; border-radius: 0.15em; flex: none; }
  .count { margin-left: auto; padding-left: 0.8em; font-variant-numeric: tabular-nums; color: #52606d; }
  .note { font-size: 0.8em; color: #52606d; margin: 0.6vmin 0 0; }
  .toast { position: absolute; top: 2.5vmin; left: 50%; transform: translateX(-50%); margin: 0; background: #fff3c4;
           padding: 0.6vmin 1.6vmin; border-radius: 0.6vmin; font-size: 0.8em; }
  .bar { position: absolute; bottom: 2.5vmin; left: 50%; transform: translateX(-50%); display: flex; align-items: center;
         gap: 0.9vmin; flex-wrap: wrap; justify-content: center; max-width: 94%; pointer-events: auto;
         background: #102a43eb; color: #fff; padding: 0.8vmin 1.4vmin; border-radius: 1vmin; font-size: clamp(13px, 1.9vmin, 46px); }
  .bar.beside-panel { left: calc((100% - var(--pz-scene-panel-width, 0px)) / 2); max-width: calc(94% - var(--pz-scene-panel-width, 0px)); }
  .bar button, .bar select { font: inherit; color: #fff; background: #ffffff1f; border: 1px solid #ffffff66;
                             border-radius: 0.5vmin; padding: 0.3em 0.7em; cursor: pointer; }
  .bar select option { color: #102a43; }
  .bar button[aria-pressed='true'] { background: #fff; color: #102a43; font-weight: 700; }
  .bar button:disabled { opacity: 0.4; cursor: default; }
  .bar label { display: inline-flex; align-items: center; gap: 0.4em; }
  .counter { min-width: 4.5em; text-align: center; font-variant-numeric: tabular-nums; font-weight: 700; }
`;
