// Node side of reading a photo: sharp (libvips, prebuilt binaries in its npm packages)
// decodes and downscales. It applies EXIF orientation the way a browser does, so boxes are
// in the same pixels the user sees, and it shrinks a 2,000 px JPEG while decoding it.
import sharp from 'sharp';
import { fitWithin } from './letterbox.ts';
import type { Pixels } from './detector.ts';

export interface DecodedPhoto {
  /** The photo as displayed (EXIF orientation applied), in pixels. */
  width: number;
  height: number;
  /** The photo downscaled for the detector. */
  small: Pixels;
}

export async function decodeForDetection(bytes: Uint8Array, maxSide: number): Promise<DecodedPhoto> {
  const meta = await sharp(bytes, { failOn: 'error' }).metadata();
  if (!meta.width || !meta.height) throw new Error('not an image sharp can read');
  const quarterTurn = (meta.orientation ?? 1) >= 5;
  const width = quarterTurn ? meta.height : meta.width;
  const height = quarterTurn ? meta.width : meta.height;
  const size = fitWithin(width, height, maxSide);
  const { data, info } = await sharp(bytes, { failOn: 'error' })
    .rotate()
    .resize(size.width, size.height, { fit: 'fill', kernel: 'lanczos3' })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`expected RGB, got ${info.channels} channels`);
  return {
    width,
    height,
    small: { width: info.width, height: info.height, channels: 3, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) },
  };
}

/** Full-size RGBA pixels (for blurring in Node: tests and the CLI). */
export async function decodeFull(bytes: Uint8Array): Promise<Pixels> {
  const { data, info } = await sharp(bytes, { failOn: 'error' }).rotate().ensureAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 4, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** Encodes pixels as a JPEG with no metadata at all (sharp writes none unless asked). */
export function encodeJpeg(img: Pixels, quality = 90): Promise<Uint8Array> {
  return encodeImage(img, 'jpeg', quality);
}

export async function encodeImage(img: Pixels, format: 'jpeg' | 'png', quality = 90): Promise<Uint8Array> {
  const s = sharp(img.data, { raw: { width: img.width, height: img.height, channels: img.channels } });
  const out = await (format === 'png' ? s.png() : s.flatten({ background: '#fff' }).jpeg({ quality })).toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
