import { css } from 'lit';

/**
 * The workspace grid: header on top, left panel, map, right panel. Sizes are in rem and the
 * root font grows with the viewport, so 1280×720 to 3840×2160 keep their proportions; below
 * 1100 px the panels narrow so a 1024-wide tablet still has a usable map.
 */
export const appStyles = css`
  :host {
    display: grid; height: 100vh; width: 100vw; overflow: hidden;
    grid-template-columns: 19rem 1fr 22rem;
    grid-template-rows: auto auto auto 1fr;
    grid-template-areas: 'header header header' 'notice notice notice' 'error error error' 'left map right';
    font-family: 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif;
    color: #1f2933; background: #f5f7fa;
  }
  pz-header { grid-area: header; }
  .notice { grid-area: notice; padding: 0.35rem 1rem; background: #fff3c4; color: #513c06; font-size: 0.875rem; }
  .notice.error { grid-area: error; background: #ffe3e3; color: #8a1c1c; }
  aside { overflow: auto; padding: 0.8rem; background: #fff; min-height: 0; }
  aside.left { grid-area: left; border-right: 1px solid #d9e2ec; display: flex; flex-direction: column; gap: 1.1rem; }
  aside.right { grid-area: right; border-left: 1px solid #d9e2ec; }
  aside.right > h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: #52606d; margin: 0 0 0.5rem; }
  .hint { color: #52606d; font-size: 0.875rem; }
  main { grid-area: map; position: relative; min-width: 0; min-height: 0; }
  pz-map { position: absolute; inset: 0; }
  pz-toolbar { position: absolute; top: 0.6rem; left: 0.6rem; z-index: 4; }
  .loading { position: absolute; top: 1rem; left: 50%; transform: translateX(-50%); background: #fff;
             padding: 0.4rem 0.9rem; border-radius: 4px; box-shadow: 0 2px 8px #0003; }
  .drop { position: fixed; inset: 0; display: grid; place-items: center; background: #1d355799; color: #fff;
          font-size: 1.6rem; z-index: 20; pointer-events: none; border: 4px dashed #fff; }
  @media (max-width: 1100px) {
    :host { grid-template-columns: 15rem 1fr 17.5rem; }
  }
`;
