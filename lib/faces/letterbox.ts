// Geometry shared by everything that shrinks a photo for the detector and maps the boxes back.

/** How an image of `width`×`height` sits inside a `size`×`size` square, scaled to fit. */
export interface Letterbox {
  scale: number;
  width: number;
  height: number;
  left: number;
  top: number;
}

export function letterbox(width: number, height: number, size: number): Letterbox {
  const scale = size / Math.max(width, height);
  const w = Math.max(1, Math.min(size, Math.round(width * scale)));
  const h = Math.max(1, Math.min(size, Math.round(height * scale)));
  return { scale, width: w, height: h, left: Math.floor((size - w) / 2), top: Math.floor((size - h) / 2) };
}

/** The size to downscale a photo to before detection: at most `maxSide` on the long side. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  if (width <= maxSide && height <= maxSide) return { width, height };
  const scale = maxSide / Math.max(width, height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** Maps a box from downscaled pixels back to the original photo's pixels (rounded outwards). */
export function scaleBox(
  box: [number, number, number, number],
  from: { width: number; height: number },
  to: { width: number; height: number },
): [number, number, number, number] {
  const sx = to.width / from.width;
  const sy = to.height / from.height;
  const x1 = Math.max(0, Math.floor(box[0] * sx));
  const y1 = Math.max(0, Math.floor(box[1] * sy));
  const x2 = Math.min(to.width, Math.ceil((box[0] + box[2]) * sx));
  const y2 = Math.min(to.height, Math.ceil((box[1] + box[3]) * sy));
  return [x1, y1, x2 - x1, y2 - y1];
}
