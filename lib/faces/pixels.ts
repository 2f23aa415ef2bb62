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

/** What callers downscale a photo to before detection: enough detail to check small faces. */
export const DETECT_MAX_SIDE = 512;

/** The largest input the detector takes. Big tensors grow the wasm heap, which never shrinks. */
export const MAX_INPUT_SIDE = 1024;
