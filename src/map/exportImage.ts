/**
 * PNG export of the map view (issue 7): the map is drawn again at the pixel ratio the requested
 * size needs, its canvas copied in the frame it was drawn (no preserveDrawingBuffer needed),
 * cropped to the size's shape from the centre, and decorated with title, legend, scale bar,
 * north arrow and date (exportImageDecorations.ts).
 */
import type * as maplibregl from 'maplibre-gl';
import { drawDecorations, type ExportDecorations } from './exportImageDecorations.ts';

export type { ExportDecorations } from './exportImageDecorations.ts';

export interface ExportSize {
  widthPx: number;
  heightPx: number;
}

/** Copies the map canvas right after the map renders its next frame with everything loaded. */
function captureFrame(map: maplibregl.Map): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('idle', () => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        const context = copy.getContext('2d');
        if (context === null) return reject(new Error('no 2D canvas for the export'));
        context.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    map.triggerRepaint();
  });
}

/** The map drawn at a pixel ratio that covers `size`, copied; the ratio is put back afterwards. */
async function renderMapAt(map: maplibregl.Map, size: ExportSize): Promise<{ frame: HTMLCanvasElement; scale: number }> {
  const container = map.getContainer();
  const widthCss = Math.max(1, container.clientWidth);
  const heightCss = Math.max(1, container.clientHeight);
  const scale = Math.max(size.widthPx / widthCss, size.heightPx / heightCss);
  const before = map.getPixelRatio();
  map.setPixelRatio(scale);
  try {
    return { frame: await captureFrame(map), scale };
  } finally {
    map.setPixelRatio(before);
  }
}

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob === null ? reject(new Error('the browser could not encode the PNG')) : resolve(blob)), 'image/png');
  });
}

/** Metres on the ground per CSS pixel at the map's centre (Web Mercator, 512-pixel tiles). */
function metresPerCssPixel(map: maplibregl.Map): number {
  const latRad = (map.getCenter().lat * Math.PI) / 180;
  return (40_075_016.686 * Math.cos(latRad)) / (512 * 2 ** map.getZoom());
}

export async function exportMapImage(map: maplibregl.Map, size: ExportSize, decorations: ExportDecorations): Promise<Blob> {
  const { frame, scale } = await renderMapAt(map, size);
  const canvas = document.createElement('canvas');
  canvas.width = size.widthPx;
  canvas.height = size.heightPx;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('no 2D canvas for the export');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.widthPx, size.heightPx);
  const offsetX = (frame.width - size.widthPx) / 2;
  const offsetY = (frame.height - size.heightPx) / 2;
  context.drawImage(frame, offsetX, offsetY, size.widthPx, size.heightPx, 0, 0, size.widthPx, size.heightPx);
  drawDecorations(context, size, decorations, {
    metresPerPixel: metresPerCssPixel(map) / scale, bearingDeg: map.getBearing(),
  });
  return toPng(canvas);
}
