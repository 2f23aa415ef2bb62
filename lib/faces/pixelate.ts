// Anonymising faces on raw pixels, the same in the content script (canvas ImageData) and Node.

import type { Box, Pixels } from './pixels.ts';

export const ANONYMISE = {
  /** Grow each face box by this share of its size on every side: hair, ears, chin. */
  margin: 0.4,
  /** Mosaic cells across the grown box: a face is then 3–4 cells wide, which no eye can read. */
  cellsAcross: 6,
} as const;

/** The region that is pixelated for a face box, clipped to the image. */
export function anonymiseRegion(box: Box, width: number, height: number, margin: number = ANONYMISE.margin): Box {
  const [x, y, w, h] = box;
  const size = Math.max(w, h);
  const x1 = Math.max(0, Math.floor(x - size * margin));
  const y1 = Math.max(0, Math.floor(y - size * margin));
  const x2 = Math.min(width, Math.ceil(x + w + size * margin));
  const y2 = Math.min(height, Math.ceil(y + h + size * margin));
  return [x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1)];
}

/**
 * Replaces every face region (grown by the margin) with a coarse mosaic of its average
 * colours, in place. Boxes are in `img`'s pixels.
 */
export function pixelateFaces(img: Pixels, boxes: Box[], options: { margin?: number; cellsAcross?: number } = {}): void {
  const { margin, cellsAcross } = { ...ANONYMISE, ...options };
  for (const box of boxes) {
    const [rx, ry, rw, rh] = anonymiseRegion(box, img.width, img.height, margin);
    if (rw < 1 || rh < 1) continue;
    const cell = Math.max(2, Math.ceil(Math.max(rw, rh) / cellsAcross));
    for (let cy = ry; cy < ry + rh; cy += cell) {
      for (let cx = rx; cx < rx + rw; cx += cell) {
        fillWithMean(img, cx, cy, Math.min(cell, rx + rw - cx), Math.min(cell, ry + rh - cy));
      }
    }
  }
}

function fillWithMean(img: Pixels, x: number, y: number, w: number, h: number): void {
  const { data, channels, width } = img;
  const sum = [0, 0, 0, 0];
  for (let j = y; j < y + h; j++) {
    let i = (j * width + x) * channels;
    for (let k = 0; k < w; k++, i += channels) for (let c = 0; c < channels; c++) sum[c]! += data[i + c]!;
  }
  const n = w * h;
  const mean = sum.map((s) => Math.round(s / n));
  for (let j = y; j < y + h; j++) {
    let i = (j * width + x) * channels;
    for (let k = 0; k < w; k++, i += channels) for (let c = 0; c < channels; c++) data[i + c] = mean[c]!;
  }
}
