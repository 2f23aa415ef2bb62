// Pixel and box types and size limits, free of TensorFlow.js: the service worker and content
// scripts import these without pulling the detector into their bundles.

/** Raw pixels, row-major, 3 (RGB) or 4 (RGBA) bytes per pixel. */
export interface Pixels {
  width: number;
  height: number;
  channels: 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}

/** [x, y, width, height]. */
export type Box = [number, number, number, number];

export interface DetectedFace {
  box: Box;
  score: number;
}

/** What callers downscale a photo to for the quick look (one pass over the whole frame). */
export const DETECT_MAX_SIDE = 512;

/**
 * What callers downscale a photo to for the thorough look (tiles for small faces). Tiles are
 * still laid out as on a DETECT_MAX_SIDE photo; the extra pixels give the second look at a
 * small face twice the detail: 17 px faces scored 0.73–0.89 there from 512 px, 0.91–0.97
 * from 1,024 px (bench/faces.bench.ts, group photos).
 */
export const REFINE_MAX_SIDE = 1024;

/** The largest input the detector takes. Big tensors grow the wasm heap, which never shrinks. */
export const MAX_INPUT_SIDE = 1024;
