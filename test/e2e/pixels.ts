/**
 * Reading what the map drew: a screenshot of the map element, decoded in the page (no PNG
 * library needed), counted against expected colours.
 */
import type { Page } from 'playwright-core';

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `top` drawn with `opacity` over `bottom`. */
export function blend(top: Rgb, bottom: Rgb, opacity: number): Rgb {
  const mix = (a: number, b: number): number => Math.round(a * opacity + b * (1 - opacity));
  return [mix(top[0], bottom[0]), mix(top[1], bottom[1]), mix(top[2], bottom[2])];
}

/** Counts the map's pixels within `tolerance` (per channel) of each colour. */
export async function countColours(page: Page, colours: readonly Rgb[], tolerance: number): Promise<number[]> {
  const png = await page.locator('pz-map').screenshot();
  return page.evaluate(async ({ base64, colours, tolerance }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    return colours.map(([r, g, b]) => {
      let count = 0;
      for (let p = 0; p < data.length; p += 4) {
        const near = Math.abs((data[p] ?? 0) - r) <= tolerance && Math.abs((data[p + 1] ?? 0) - g) <= tolerance
          && Math.abs((data[p + 2] ?? 0) - b) <= tolerance;
        if (near) count += 1;
      }
      return count;
    });
  }, { base64: png.toString('base64'), colours, tolerance });
}

/** The share of pixels that differ between two screenshots of the map (same size). */
export async function differingShare(page: Page, before: Buffer, after: Buffer): Promise<number> {
  // No named functions inside: the test runner's compiler would wrap them in a helper the page lacks.
  return page.evaluate(async (images) => {
    const pixels: Uint8ClampedArray[] = [];
    for (const base64 of images) {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      pixels.push(context.getImageData(0, 0, image.width, image.height).data);
    }
    const [x, y] = pixels;
    if (!x || !y || x.length !== y.length) return 1;
    let differing = 0;
    for (let p = 0; p < x.length; p += 4) {
      if (x[p] !== y[p] || x[p + 1] !== y[p + 1] || x[p + 2] !== y[p + 2]) differing += 1;
    }
    return differing / (x.length / 4);
  }, [before.toString('base64'), after.toString('base64')]);
}
