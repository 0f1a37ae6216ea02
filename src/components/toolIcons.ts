/** The toolbar's icons: fixed, trusted SVG drawn in the current text colour. */
import { svg, type SVGTemplateResult } from 'lit';
import type { EditCommand, EditTool } from '../state/editTypes.ts';

const frame = (body: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round">${body}</svg>`;

export const TOOL_ICONS: Readonly<Record<EditTool | EditCommand | 'snap', SVGTemplateResult>> = {
  select: frame(svg`<path d="M5 3l13 8-6 1.5L9 19z" fill="currentColor" fill-opacity="0.15"/>`),
  polygon: frame(svg`<path d="M4 17l3-12 11 3 2 10z"/><circle cx="4" cy="17" r="1.6" fill="currentColor"/><circle cx="7" cy="5" r="1.6" fill="currentColor"/><circle cx="18" cy="8" r="1.6" fill="currentColor"/>`),
  rectangle: frame(svg`<rect x="4" y="6" width="16" height="12"/><circle cx="4" cy="6" r="1.6" fill="currentColor"/><circle cx="20" cy="18" r="1.6" fill="currentColor"/>`),
  vertices: frame(svg`<path d="M4 18l4-12 12 4-6 9z"/><rect x="6" y="4" width="4" height="4" fill="currentColor"/><circle cx="14" cy="8" r="1.6"/>`),
  move: frame(svg`<path d="M12 3v18M3 12h18M12 3l-3 3M12 3l3 3M12 21l-3-3M12 21l3-3M3 12l3-3M3 12l3 3M21 12l-3-3M21 12l-3 3"/>`),
  split: frame(svg`<path d="M4 6h16v12H4z" stroke-opacity="0.55"/><path d="M9 3l6 18" stroke-dasharray="2.5 2"/>`),
  delete: frame(svg`<path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13M10 11v6M14 11v6"/>`),
  merge: frame(svg`<path d="M3 6h8v12H3zM13 6h8v12h-8z" stroke-opacity="0.55"/><path d="M9 12h6M13 10l2 2-2 2"/>`),
  undo: frame(svg`<path d="M9 7L4 12l5 5"/><path d="M4 12h10a6 6 0 010 12" transform="translate(0 -6)"/>`),
  redo: frame(svg`<path d="M15 7l5 5-5 5"/><path d="M20 12H10a6 6 0 000 12" transform="translate(0 -6)"/>`),
  snap: frame(svg`<path d="M6 4v8a6 6 0 0012 0V4"/><path d="M6 4h3v8M18 4h-3v8" /><circle cx="12" cy="12" r="1.3" fill="currentColor"/>`),
};
