// The face detector shared by the extension (offscreen document) and Node (CLI, tests,
// benchmarks). It takes pixels that the caller has already downscaled (DETECT_MAX_SIDE for a
// quick look, REFINE_MAX_SIDE for a thorough one) and returns boxes in those pixels.
//
// Every face is confirmed twice, because one look is not enough to tell a cat from a person
// in profile: on real photos a cat's face scored 0.74–0.80 and a grey profile face 0.76–0.84.
// 1. Candidates: the photo letterboxed into the model's 256×256 square (the quick look), and
//    in a thorough look also overlapping tiles at twice that scale, which is where the small
//    faces of a group photo show up.
// 2. Each candidate is cut out with its surroundings (4× its size) and shown to the model
//    again at the scale it knows best: real faces come back at 0.84–0.97 right in the middle,
//    the cat at 0.43–0.51, coffee and rockets at ≤ 0.67 (bench/faces.bench.ts prints these).
//
// The quick look also says whether a thorough one could change the count (`refine`): it
// could on a photo of people (no face found, several, a small one, or a face-like hint the
// whole frame could not confirm), not on a portrait, which keeps single portraits fast.
import * as tf from '@tensorflow/tfjs-core';
import type { BlazeFaceModel, NormalizedFace } from '@tensorflow-models/blazeface';
import { blazeFace256, DETECTION_DEFAULTS, INPUT_SIZE, loadGraphFromFiles, type ModelJson } from './blazeface-256.ts';
import { fitWithin, letterbox, type Letterbox } from './letterbox.ts';

import { DETECT_MAX_SIDE, MAX_INPUT_SIDE, type Box, type DetectedFace, type Pixels } from './pixels.ts';

export { DETECT_MAX_SIDE, MAX_INPUT_SIDE, REFINE_MAX_SIDE, type Box, type DetectedFace, type Pixels } from './pixels.ts';

export const PASSES = {
  /**
   * Whole-frame score of a face-like spot worth a thorough look. Small faces the whole frame
   * misses scored 0.15–0.58 there; on single portraits no other spot reached 0.22.
   */
  hint: 0.25,
  /** Whole-frame score that makes a candidate. */
  candidate: 0.5,
  /**
   * Tile score that makes a candidate. Lower than the whole frame's: the smallest faces
   * scored 0.43–0.7 in their tile and 0.86–0.93 at the second look, which nothing else on the
   * test photos passed (0.4–0.5 in a tile costs one more model run on about half of them).
   */
  tileCandidate: 0.4,
  /** Whole-frame score that needs no second look (the cat never came near it). */
  sure: 0.9,
  /** The candidate's crop is this many times its size. */
  context: 4,
  /** Score the face must reach in its crop. */
  verified: 0.8,
  /**
   * A face smaller than this part of the photo's long side (24 of the whole frame's 256 px)
   * is near the smallest the whole frame finds: others a little further away would be missed.
   */
  smallFace: 24 / INPUT_SIZE,
} as const;

/** What one look found. */
export interface Detection {
  faces: DetectedFace[];
  /**
   * After a quick look: a thorough look (tiles, on REFINE_MAX_SIDE pixels) may find more
   * faces. Always false after a thorough look, and for photos too small to tile.
   */
  refine: boolean;
  /** How many times the model ran (what the time went on). */
  runs: number;
}

/** A tensor of the photo at about DETECT_MAX_SIDE, and how its pixels map to the input's. */
interface View {
  tensor: tf.Tensor3D;
  kx: number;
  ky: number;
}

/** Model runs of one detection (detections may interleave at their awaits). */
interface Runs {
  n: number;
}

export class FaceDetector {
  private constructor(private readonly model: BlazeFaceModel) {}

  /** The model from its two files (blazeface.json parsed, blazeface.bin as bytes). */
  static async fromFiles(json: ModelJson, weights: ArrayBuffer): Promise<FaceDetector> {
    const graph = await loadGraphFromFiles(json, weights);
    return new FaceDetector(blazeFace256(graph, { ...DETECTION_DEFAULTS, scoreThreshold: PASSES.hint }));
  }

  /**
   * Faces in `img`, boxes in its pixels. The quick look is one pass over the whole frame;
   * `thorough` also looks at overlapping tiles at twice the scale, which finds the small faces
   * of a group photo (several times slower; give it up to REFINE_MAX_SIDE pixels). `known`:
   * the faces a quick look at the same photo confirmed, in `img`'s pixels: the thorough look
   * starts from them instead of looking at the whole frame again.
   */
  async detect(img: Pixels, options: { thorough?: boolean; known?: DetectedFace[] } = {}): Promise<Detection> {
    checkPixels(img);
    const runs: Runs = { n: 0 };
    const image = tf.tensor3d(rgbFloats(img), [img.height, img.width, 3], 'float32');
    const view = viewOf(image);
    try {
      const grid = tiles(...frameSize(img.width, img.height));
      const faces: DetectedFace[] = [];
      const known = options.thorough ? options.known : undefined;
      if (known) faces.push(...finish(known, img));
      else {
        const whole = await this.wholeFrame(view, runs);
        for (const c of whole.filter((f) => f.score >= PASSES.candidate)) {
          const face = await this.verify(image, c, true, runs);
          if (face && !faces.some((f) => sameFace(f.box, face.box))) faces.push(face);
        }
        if (!options.thorough) {
          const refine = grid.length > 0 && mayHideFaces(faces, whole, img);
          return { faces: finish(faces, img), refine, runs: runs.n };
        }
      }
      // Tiles: every new candidate gets its second look, however sure the tile was of it
      // (a tile found a 20 px "face" on the rocket at 0.76, which the second look rejects).
      const k = view.tensor.shape[1] / frameSize(img.width, img.height)[0];
      const candidates: DetectedFace[] = [];
      for (const t of grid) {
        const found = await this.runOn(view.tensor, t.x * k, t.y * k, t.side * k, runs);
        candidates.push(...found.filter((f) => f.score >= PASSES.tileCandidate).map((f) => toImage(f, view)));
      }
      for (const c of suppress(candidates)) {
        if (faces.some((f) => iou(f.box, c.box) > 0.3)) continue;
        const face = await this.verify(image, c, false, runs);
        if (face && !faces.some((f) => sameFace(f.box, face.box))) faces.push(face);
      }
      return { faces: finish(faces, img), refine: false, runs: runs.n };
    } finally {
      if (view.tensor !== image) view.tensor.dispose();
      image.dispose();
    }
  }

  /** Candidates and hints on the whole photo, letterboxed into the model's square. */
  private async wholeFrame(view: View, runs: Runs): Promise<DetectedFace[]> {
    const lb = letterbox(view.tensor.shape[1], view.tensor.shape[0], INPUT_SIZE);
    const frame = tf.tidy(() => letterboxed(view.tensor, lb));
    try {
      return (await this.run(frame, runs)).map((f) => toImage(fromSquare(f, lb), view));
    } finally {
      frame.dispose();
    }
  }

  dispose(): void {
    this.model.dispose();
  }

  private async run(square: tf.Tensor3D, runs: Runs): Promise<DetectedFace[]> {
    runs.n++;
    const faces = await this.model.estimateFaces(square, false, false, true);
    return faces.map(toFace);
  }

  /** The model on a square of `image` (black outside it), boxes in the crop's 256 px. */
  private async runSquare(image: tf.Tensor3D, left: number, top: number, side: number, runs: Runs): Promise<DetectedFace[]> {
    const [height, width] = image.shape;
    const crop = tf.tidy(() =>
      tf.squeeze(
        tf.image.cropAndResize(
          tf.expandDims(image, 0) as tf.Tensor4D,
          [[top / height, left / width, (top + side) / height, (left + side) / width]],
          [0],
          [INPUT_SIZE, INPUT_SIZE],
          'bilinear',
          0,
        ),
        [0],
      ) as tf.Tensor3D,
    );
    try {
      return await this.run(crop, runs);
    } finally {
      crop.dispose();
    }
  }

  /** The model on a square of `image`, boxes in the image's pixels. */
  private async runOn(image: tf.Tensor3D, left: number, top: number, side: number, runs: Runs): Promise<DetectedFace[]> {
    const k = side / INPUT_SIZE;
    return (await this.runSquare(image, left, top, side, runs)).map((f) => ({
      box: [left + f.box[0] * k, top + f.box[1] * k, f.box[2] * k, f.box[3] * k],
      score: f.score,
    }));
  }

  /**
   * The second look: the candidate in its surroundings, at the model's favourite scale. A
   * small face's box from a tile can be a third too small; seen that way it scored just under
   * the bar (0.78–0.80) where, cut out at its true size, it scored 0.91–0.93. So when the
   * crop shows the face at another size than the candidate's, it gets one more look at that.
   */
  private async verify(image: tf.Tensor3D, c: DetectedFace, trustSure: boolean, runs: Runs): Promise<DetectedFace | null> {
    if (trustSure && c.score >= PASSES.sure) return c;
    let look = await this.lookAround(image, c.box, runs);
    if (look && look.face.score < PASSES.verified && Math.abs(Math.log(look.scale)) > Math.log(1.25)) {
      look = await this.lookAround(image, look.face.box, runs);
    }
    return look && look.face.score >= PASSES.verified ? look.face : null;
  }

  /**
   * The model on `box` cut out at PASSES.context times its size: the face it finds back in the
   * middle, in `image`'s pixels, and its size relative to `box`.
   */
  private async lookAround(image: tf.Tensor3D, box: Box, runs: Runs): Promise<{ face: DetectedFace; scale: number } | null> {
    const [x, y, w, h] = box;
    const size = Math.max(w, h);
    if (!(size >= 1)) return null;
    const side = size * PASSES.context;
    const left = x + w / 2 - side / 2;
    const top = y + h / 2 - side / 2;
    const found = await this.runSquare(image, left, top, side, runs);
    // The face must be back in the middle, about as big as it was made to be.
    const expected = INPUT_SIZE / PASSES.context;
    const centre = INPUT_SIZE / 2;
    const best = found
      .filter((f) => {
        const [fx, fy, fw, fh] = f.box;
        const s = Math.max(fw, fh);
        return (
          Math.abs(fx + fw / 2 - centre) <= expected / 2 &&
          Math.abs(fy + fh / 2 - centre) <= expected / 2 &&
          s >= expected * 0.6 &&
          s <= expected * 1.6
        );
      })
      .sort((a, b) => b.score - a.score)[0];
    if (!best) return null;
    const k = side / INPUT_SIZE;
    const [bx, by, bw, bh] = best.box;
    const face: DetectedFace = { box: [left + bx * k, top + by * k, bw * k, bh * k], score: best.score };
    return { face, scale: Math.max(bw, bh) / expected };
  }
}

/**
 * The pixels as RGB floats, made here rather than by the backend: an int32 tensor cast to
 * float32 would hold both in the wasm heap at once, and that heap never shrinks (a 1,024 px
 * photo is 12 MB a copy).
 */
function rgbFloats(img: Pixels): Float32Array {
  const n = img.width * img.height;
  const out = new Float32Array(n * 3);
  const src = img.data;
  const step = img.channels;
  for (let i = 0, j = 0, k = 0; i < n; i++, j += step, k += 3) {
    out[k] = src[j]!;
    out[k + 1] = src[j + 1]!;
    out[k + 2] = src[j + 2]!;
  }
  return out;
}

/**
 * Whether small faces may hide from the whole frame: a photo of people (none found, or
 * several), a face near the smallest the whole frame finds, or a face-like spot it scored
 * as a hint that is not the face found. A single portrait with nothing else is done.
 */
function mayHideFaces(faces: DetectedFace[], whole: DetectedFace[], img: Pixels): boolean {
  if (faces.length !== 1) return true;
  const face = faces[0]!.box;
  if (Math.max(face[2], face[3]) < Math.max(img.width, img.height) * PASSES.smallFace) return true;
  return whole.some((c) => c.score >= PASSES.hint && !sameFace(c.box, face) && !inside(c.box, face));
}

/** The photo as the whole frame and the tiles see it: about DETECT_MAX_SIDE on the long side. */
function viewOf(image: tf.Tensor3D): View {
  const [h, w] = image.shape;
  const f = Math.max(1, Math.round(Math.max(w, h) / DETECT_MAX_SIDE));
  if (f === 1) return { tensor: image, kx: 1, ky: 1 };
  // Averaging f × f blocks: a plain bilinear resize by 2× or more skips pixels (aliasing).
  const tensor = tf.tidy(() => tf.avgPool(image, f, f, 'valid'));
  return { tensor, kx: w / tensor.shape[1], ky: h / tensor.shape[0] };
}

/** The photo's size on the grid tiles are laid out on (as downscaled to DETECT_MAX_SIDE). */
function frameSize(width: number, height: number): [number, number] {
  const s = fitWithin(width, height, DETECT_MAX_SIDE);
  return [s.width, s.height];
}

function toImage(f: DetectedFace, v: View): DetectedFace {
  const [x, y, w, h] = f.box;
  return { box: [x * v.kx, y * v.ky, w * v.kx, h * v.ky], score: f.score };
}

/** Clipped to the photo, specks dropped, sorted left to right. */
function finish(faces: DetectedFace[], img: Pixels): DetectedFace[] {
  return faces
    .map((f) => clip(f, img.width, img.height))
    .filter((f) => f.box[2] >= 1 && f.box[3] >= 1)
    .sort((a, b) => a.box[0] - b.box[0] || a.box[1] - b.box[1]);
}

/** Overlapping squares of 256 input pixels (twice the whole frame's scale at 512 px). */
export function tiles(width: number, height: number): Array<{ x: number; y: number; side: number }> {
  const side = INPUT_SIZE;
  if (Math.max(width, height) <= side * 1.5) return [];
  const starts = (n: number): number[] => {
    if (n <= side) return [0];
    const count = Math.ceil((n - side) / (side * 0.6)) + 1;
    return Array.from({ length: count }, (_, i) => Math.round((i * (n - side)) / (count - 1)));
  };
  return starts(height).flatMap((y) => starts(width).map((x) => ({ x, y, side })));
}

/** Non-maximum suppression across passes: one box per face, the most confident. */
function suppress(faces: DetectedFace[], iouThreshold = 0.3): DetectedFace[] {
  const kept: DetectedFace[] = [];
  for (const f of [...faces].sort((a, b) => b.score - a.score)) {
    if (kept.every((k) => iou(k.box, f.box) <= iouThreshold)) kept.push(f);
  }
  return kept;
}

/** Two boxes of the same face: overlapping, or one's centre inside the other. */
function sameFace(a: Box, b: Box): boolean {
  return iou(a, b) > 0.3 || inside(a, b) || inside(b, a);
}

/** Whether the centre of `a` lies inside `b`. */
function inside(a: Box, b: Box): boolean {
  const cx = a[0] + a[2] / 2;
  const cy = a[1] + a[3] / 2;
  return cx >= b[0] && cx <= b[0] + b[2] && cy >= b[1] && cy <= b[1] + b[3];
}

export function iou(a: Box, b: Box): number {
  const x1 = Math.max(a[0], b[0]);
  const y1 = Math.max(a[1], b[1]);
  const x2 = Math.min(a[0] + a[2], b[0] + b[2]);
  const y2 = Math.min(a[1] + a[3], b[1] + b[3]);
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  const union = a[2] * a[3] + b[2] * b[3] - inter;
  return union > 0 ? inter / union : 0;
}

function checkPixels(img: Pixels): void {
  const { width, height, channels, data } = img;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`face detection: bad image size ${width}×${height}`);
  }
  if (width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE) {
    throw new Error(`face detection: downscale the image first (${width}×${height} is over ${MAX_INPUT_SIDE} px)`);
  }
  if (channels !== 3 && channels !== 4) throw new Error(`face detection: ${String(channels)} channels (3 or 4 expected)`);
  if (data.length !== width * height * channels) {
    throw new Error(`face detection: ${data.length} bytes for a ${width}×${height}×${channels} image`);
  }
}

/** Scale to fit, pad with black to a square: squashing a photo loses faces. */
function letterboxed(image: tf.Tensor3D, lb: Letterbox): tf.Tensor3D {
  const [h, w] = image.shape;
  const fitted = lb.width !== w || lb.height !== h ? tf.image.resizeBilinear(image, [lb.height, lb.width], false, true) : image;
  return tf.pad(fitted, [
    [lb.top, INPUT_SIZE - lb.height - lb.top],
    [lb.left, INPUT_SIZE - lb.width - lb.left],
    [0, 0],
  ]);
}

function toFace(f: NormalizedFace): DetectedFace {
  const [x1, y1] = f.topLeft as [number, number];
  const [x2, y2] = f.bottomRight as [number, number];
  const p = f.probability as unknown;
  const score = Array.isArray(p) ? Number(p[0]) : Number(p ?? 0);
  return { box: [x1, y1, x2 - x1, y2 - y1], score: Math.round(Math.min(1, Math.max(0, score)) * 1e4) / 1e4 };
}

/** From the letterboxed square back to the input's pixels. */
function fromSquare(f: DetectedFace, lb: Letterbox): DetectedFace {
  const [x, y, w, h] = f.box;
  return { box: [(x - lb.left) / lb.scale, (y - lb.top) / lb.scale, w / lb.scale, h / lb.scale], score: f.score };
}

function clip(f: DetectedFace, width: number, height: number): DetectedFace {
  const [x, y, w, h] = f.box;
  const x1 = Math.max(0, x);
  const y1 = Math.max(0, y);
  const x2 = Math.min(width, x + w);
  const y2 = Math.min(height, y + h);
  return { box: [x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1)], score: f.score };
}
