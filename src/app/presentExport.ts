/**
 * PNG export in Present mode: the current view at 1920×1080 or 3840×2160, or every scene of the
 * sketch at once (each shown without flight, drawn, saved). Failures are reported, never thrown
 * at the user.
 */
import { formatNumber, formatRatioPercent } from '../i18n/format.ts';
import { msg } from '../i18n/locale.ts';
import type { ExportDecorations } from '../map/exportImage.ts';
import { legendRowsOf } from '../state/legend.ts';
import { extrusionDataOf } from '../state/presentExtrusion.ts';
import { headlineOf } from '../state/presentHeadline.ts';
import { themeLabelText } from '../state/themes.ts';
import type { AppState } from '../state/types.ts';
import type { PresentContext } from './presentContext.ts';
import { isoDate, safeFileName, saveBlob } from './presentDownload.ts';
import { areaNameOf } from './presentView.ts';

export const EXPORT_BASE_SIZE = { widthPx: 1920, heightPx: 1080 } as const;

/** The scene's headline numbers as one line, e.g. "西区 · 土地供应率 62.3 % · 未供地 120 亩"; '' without. */
function figuresLine(state: AppState, ctx: PresentContext): string {
  const { lang, present } = state;
  const headline = headlineOf(present.scenes[present.index], ctx.stats());
  if (headline === null) return '';
  const figures = headline.figures.map((f) => `${msg(lang, `district.${f.key}`)} ${f.kind === 'ratio' ? formatRatioPercent(lang, f.value) : `${formatNumber(lang, f.value, 0)} ${msg(lang, 'present.mu')}`}`);
  return [areaNameOf(state, headline.areaId), ...figures].join(' · ');
}

/** The words around the map in an export of the state's view. */
export function decorationsOf(state: AppState, ctx: PresentContext, now: Date): ExportDecorations {
  const { lang, present } = state;
  const scene = present.scenes[present.index];
  const rows = legendRowsOf(state.theme, state.data.plots, ctx.themeValues());
  const derived = present.extrude ? extrusionDataOf(state.data.plots, state.theme, ctx.themeValues()).derivedCount : 0;
  const sketchName = state.sketch.current?.name ?? '';
  return {
    title: scene?.title ?? (sketchName === '' ? msg(lang, 'app.zoneName') : sketchName),
    caption: scene?.caption ?? '',
    figures: figuresLine(state, ctx),
    legendTitle: msg(lang, `theme.${state.theme}`),
    legend: rows.map((row) => ({ color: row.color, label: themeLabelText(lang, row.label) })),
    footer: [isoDate(now), msg(lang, 'app.zoneName'), sketchName].filter((part) => part !== '').join(' · '),
    note: derived > 0 ? msg(lang, 'present.derivedHeights', { count: derived }) : '',
  };
}

function fileNameOf(state: AppState, scale: 1 | 2, position: number | null): string {
  const scene = state.present.scenes[state.present.index];
  const title = scene?.title ?? state.sketch.current?.name ?? 'ParkZone';
  const prefix = position === null ? '' : `${String(position + 1).padStart(2, '0')}-`;
  return `${prefix}${safeFileName(title)}-${EXPORT_BASE_SIZE.widthPx * scale}x${EXPORT_BASE_SIZE.heightPx * scale}.png`;
}

async function exportShown(ctx: PresentContext, scale: 1 | 2, position: number | null): Promise<void> {
  const presenter = ctx.presenter();
  if (presenter === null) throw new Error('the map is not shown');
  await ctx.settled();
  const state = ctx.store.getState();
  const size = { widthPx: EXPORT_BASE_SIZE.widthPx * scale, heightPx: EXPORT_BASE_SIZE.heightPx * scale };
  const started = performance.now();
  const blob = await presenter.exportImage(size, decorationsOf(state, ctx, new Date()));
  performance.measure(`pz-export-${size.widthPx}`, { start: started, end: performance.now() });
  saveBlob(blob, fileNameOf(state, scale, position));
}

/** The current view as one PNG. */
export async function exportCurrentView(ctx: PresentContext, scale: 1 | 2): Promise<void> {
  const { store } = ctx;
  store.dispatch({ type: 'present-export-progress', progress: { done: 0, total: 1 } });
  try {
    await exportShown(ctx, scale, null);
  } finally {
    store.dispatch({ type: 'present-export-progress', progress: null });
  }
}

/** Every scene, one PNG each, in order; the scene shown before is shown again afterwards. */
export async function exportEveryScene(ctx: PresentContext, scale: 1 | 2): Promise<void> {
  const { store } = ctx;
  const { scenes, index: before } = store.getState().present;
  try {
    for (let i = 0; i < scenes.length; i += 1) {
      store.dispatch({ type: 'present-export-progress', progress: { done: i, total: scenes.length } });
      store.dispatch({ type: 'present-scene-shown', index: i, animate: false });
      await exportShown(ctx, scale, i);
    }
  } finally {
    store.dispatch({ type: 'present-export-progress', progress: null });
    if (before >= 0) store.dispatch({ type: 'present-scene-shown', index: before, animate: false });
  }
}
