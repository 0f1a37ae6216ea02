/**
 * What an exported image carries besides the map: the title and caption (top left), the north
 * arrow (top right), the legend (bottom right), the scale bar and the date (bottom left). Sizes
 * are laid out for 1920×1080 and scaled with the image, so the double size is the same picture.
 */

export interface ExportDecorations {
  title: string;
  caption: string;
  /** headline numbers as one line, or '' */
  figures: string;
  legendTitle: string;
  legend: readonly { color: string; label: string }[];
  /** e.g. "2026-11-27 · 草案 1" */
  footer: string;
  /** a remark under the legend (heights derived from 容积率), or '' */
  note: string;
}

export interface MapFacts {
  metresPerPixel: number;
  bearingDeg: number;
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const INK = '#102a43';
const PANEL = 'rgba(255,255,255,0.9)';
const MAX_LEGEND_ROWS = 14;

type Ctx = CanvasRenderingContext2D;

function panel(ctx: Ctx, x: number, y: number, w: number, h: number, u: number): void {
  ctx.fillStyle = PANEL;
  ctx.strokeStyle = 'rgba(16,42,67,0.25)';
  ctx.lineWidth = 2 * u;
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 10 * u);
  ctx.fill();
  ctx.stroke();
}

function drawTitle(ctx: Ctx, d: ExportDecorations, u: number, width: number): void {
  ctx.font = `700 ${52 * u}px ${FONT}`;
  const titleW = ctx.measureText(d.title).width;
  ctx.font = `400 ${28 * u}px ${FONT}`;
  const lines = [d.caption, d.figures].filter((line) => line !== '');
  const linesW = Math.max(0, ...lines.map((line) => ctx.measureText(line).width));
  const w = Math.min(width * 0.62, Math.max(titleW, linesW) + 56 * u);
  const h = (96 + 46 * lines.length) * u;
  panel(ctx, 32 * u, 32 * u, w, h, u);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${52 * u}px ${FONT}`;
  ctx.fillText(d.title, 60 * u, 100 * u, w - 56 * u);
  ctx.font = `400 ${28 * u}px ${FONT}`;
  lines.forEach((line, i) => ctx.fillText(line, 60 * u, (146 + 46 * i) * u, w - 56 * u));
}

function drawNorthArrow(ctx: Ctx, bearingDeg: number, u: number, width: number): void {
  const cx = width - 96 * u;
  const cy = 104 * u;
  ctx.fillStyle = PANEL;
  ctx.beginPath();
  ctx.arc(cx, cy, 58 * u, 0, 2 * Math.PI);
  ctx.fill();
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate((-bearingDeg * Math.PI) / 180);
  ctx.fillStyle = '#b3261e';
  ctx.beginPath();
  ctx.moveTo(0, -44 * u);
  ctx.lineTo(16 * u, 8 * u);
  ctx.lineTo(-16 * u, 8 * u);
  ctx.fill();
  ctx.fillStyle = INK;
  ctx.font = `700 ${26 * u}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText('N', 0, 38 * u);
  ctx.restore();
}

function drawLegend(ctx: Ctx, d: ExportDecorations, u: number, width: number, height: number): void {
  const rows = d.legend.slice(0, MAX_LEGEND_ROWS);
  const rowH = 38 * u;
  const noteH = d.note === '' ? 0 : 40 * u;
  const w = 520 * u;
  const h = 70 * u + rows.length * rowH + noteH;
  const x = width - w - 32 * u;
  const y = height - h - 32 * u;
  panel(ctx, x, y, w, h, u);
  ctx.fillStyle = INK;
  ctx.font = `700 ${28 * u}px ${FONT}`;
  ctx.fillText(d.legendTitle, x + 24 * u, y + 46 * u, w - 48 * u);
  ctx.font = `400 ${24 * u}px ${FONT}`;
  rows.forEach((row, i) => {
    const top = y + 66 * u + i * rowH;
    ctx.fillStyle = row.color;
    ctx.fillRect(x + 24 * u, top + 4 * u, 30 * u, 26 * u);
    ctx.strokeStyle = 'rgba(0,0,0,0.3)';
    ctx.lineWidth = 1.5 * u;
    ctx.strokeRect(x + 24 * u, top + 4 * u, 30 * u, 26 * u);
    ctx.fillStyle = INK;
    ctx.fillText(row.label, x + 68 * u, top + 26 * u, w - 92 * u);
  });
  if (d.note === '') return;
  ctx.font = `400 ${20 * u}px ${FONT}`;
  ctx.fillText(d.note, x + 24 * u, y + h - 16 * u, w - 48 * u);
}

/** A round length (1, 2 or 5 × 10ⁿ m) no longer than `maxM`. */
export function roundScaleLengthM(maxM: number): number {
  const power = 10 ** Math.floor(Math.log10(maxM));
  for (const step of [5, 2, 1]) if (step * power <= maxM) return step * power;
  return power;
}

function drawScaleBar(ctx: Ctx, d: ExportDecorations, facts: MapFacts, u: number, height: number): void {
  const lengthM = roundScaleLengthM(320 * u * facts.metresPerPixel);
  const barPx = lengthM / facts.metresPerPixel;
  const x = 40 * u;
  const y = height - 100 * u;
  ctx.font = `400 ${22 * u}px ${FONT}`;
  const footerPx = ctx.measureText(d.footer).width;
  panel(ctx, 24 * u, y - 44 * u, Math.max(barPx, footerPx) + 40 * u, 130 * u, u);
  ctx.fillStyle = INK;
  ctx.fillRect(x, y, barPx, 10 * u);
  ctx.fillRect(x, y - 14 * u, 4 * u, 24 * u);
  ctx.fillRect(x + barPx - 4 * u, y - 14 * u, 4 * u, 24 * u);
  ctx.font = `600 ${26 * u}px ${FONT}`;
  ctx.fillText(lengthM >= 1000 ? `${lengthM / 1000} km` : `${lengthM} m`, x, y - 18 * u);
  ctx.font = `400 ${22 * u}px ${FONT}`;
  ctx.fillText(d.footer, x, y + 56 * u);
}

export function drawDecorations(ctx: Ctx, size: { widthPx: number; heightPx: number }, d: ExportDecorations, facts: MapFacts): void {
  const u = size.widthPx / 1920;
  drawTitle(ctx, d, u, size.widthPx);
  drawNorthArrow(ctx, facts.bearingDeg, u, size.widthPx);
  if (d.legend.length > 0) drawLegend(ctx, d, u, size.widthPx, size.heightPx);
  drawScaleBar(ctx, d, facts, u, size.heightPx);
}
