// The detector on an image file on disk (Node): for `check --image` and `faces`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageFacts } from '../../rules/draft.ts';
import { DETECT_MAX_SIDE, REFINE_MAX_SIDE, type Box } from './pixels.ts';
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

/**
 * How hard to look. `auto` (the count a user is given): the quick look, then the thorough
 * one when the quick look says it may find more faces. `quick`: the whole frame only.
 * `thorough`: always the tiles too (the blur: missing a face there is worse).
 */
export type LookFor = 'auto' | 'quick' | 'thorough';

export interface AnalyseOptions {
  look?: LookFor;
}

/** Reads, decodes and checks one photo. Throws a specific error when it cannot. */
export async function analysePhotoFile(file: string, options: AnalyseOptions = {}): Promise<PhotoAnalysis> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new Error(`${file} is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB`);
  return analysePhotoBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file, options);
}

export async function analysePhotoBytes(bytes: Uint8Array, label: string, options: AnalyseOptions = {}): Promise<PhotoAnalysis> {
  const look = options.look ?? 'auto';
  const decode = async (maxSide: number) => {
    try {
      return await decodeForDetection(bytes, maxSide);
    } catch (err) {
      throw new Error(`${label} is not an image that can be read (${(err as Error).message})`);
    }
  };
  const photo = await decode(DETECT_MAX_SIDE);
  const [detector, gps] = await Promise.all([nodeDetector(), readGps(bytes)]);
  let found = look === 'thorough' ? null : await detector.detect(photo.small);
  let pixels = photo.small;
  if (!found || (look === 'auto' && found.refine)) {
    // The photo again with more pixels, unless it has no more to give.
    const big = Math.max(photo.width, photo.height) > DETECT_MAX_SIDE ? (await decode(REFINE_MAX_SIDE)).small : photo.small;
    // The faces the quick look confirmed are not looked for again, only beside them.
    const known = found?.faces.map((f) => ({ box: scaleBox(f.box, photo.small, big), score: f.score }));
    found = await detector.detect(big, { thorough: true, known });
    pixels = big;
  }
  return {
    width: photo.width,
    height: photo.height,
    faces: found.faces.map((f) => ({ box: scaleBox(f.box, pixels, photo), score: f.score })),
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
