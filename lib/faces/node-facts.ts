// The detector on an image file on disk (Node): for `check --image` and `faces`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageFacts } from '../../rules/draft.ts';
import { DETECT_MAX_SIDE, type Box } from './pixels.ts';
import { readGps, type GpsPosition } from './gps.ts';
import { scaleBox } from './letterbox.ts';
import { nodeDetector } from './node-detector.ts';
import { decodeForDetection } from './node-image.ts';

/** Larger files are refused before decoding: no phone photo comes near it. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

export interface PhotoAnalysis {
  width: number;
  height: number;
  /** In the original photo's pixels (EXIF orientation applied), integers, rounded outwards. */
  faces: Array<{ box: Box; score: number }>;
  gps: GpsPosition | null;
}

/** Reads, decodes and checks one photo. Throws a specific error when it cannot. */
export async function analysePhotoFile(file: string, options: { thorough?: boolean } = {}): Promise<PhotoAnalysis> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new Error(`${file} is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  return analysePhotoBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, options);
}

export async function analysePhotoBytes(bytes: Uint8Array, label: string, options: { thorough?: boolean } = {}): Promise<PhotoAnalysis> {
  let photo;
  try {
    photo = await decodeForDetection(bytes, DETECT_MAX_SIDE);
  } catch (err) {
    throw new Error(`${label} is not an image that can be read (${(err as Error).message})`);
  }
  const [detector, gps] = await Promise.all([nodeDetector(), readGps(bytes)]);
  const found = await detector.detect(photo.small, options);
  return {
    width: photo.width,
    height: photo.height,
    faces: found.map((f) => ({ box: scaleBox(f.box, photo.small, photo), score: f.score })),
    gps,
  };
}

/** Runs the bundled detector on an image file on disk (Node) and returns what the rules need. */
export async function imageFactsFromFile(file: string): Promise<ImageFacts> {
  const id = file.length > 128 ? file.slice(-128) : file;
  const name = path.basename(file).slice(0, 300);
  try {
    const a = await analysePhotoFile(file);
    return { id, name, width: a.width, height: a.height, faces: a.faces, gps: a.gps };
  } catch (err) {
    // The rules turn faces: null into "could not check this photo": never a silent pass.
    return { id, name, width: 0, height: 0, faces: null, gps: null, error: String((err as Error).message ?? err).slice(0, 500) };
  }
}
