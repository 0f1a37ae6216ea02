import { css } from 'lit';

/** A modal card over a dimmed page. */
export const dialogStyles = css`
  .backdrop { position: fixed; inset: 0; background: #102a4399; display: grid; place-items: center; z-index: 10; }
  section { background: #fff; border-radius: 6px; padding: 1rem 1.2rem; width: min(40rem, 92vw);
            max-height: 86vh; overflow: auto; box-shadow: 0 10px 40px #0005; }
  .buttons { display: flex; gap: 0.6rem; justify-content: flex-end; margin-top: 0.8rem; }
  .buttons button { padding: 0.35rem 0.9rem; border-radius: 4px; border: 1px solid #9aa5b1; background: #fff; }
  .buttons button.primary { background: #1d3557; color: #fff; border-color: #1d3557; }
`;
