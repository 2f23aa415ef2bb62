// The face detector shared by the extension (offscreen document) and Node (CLI, tests,
// benchmarks). It takes pixels that the caller has already downscaled (DETECT_MAX_SIDE) and
// returns boxes in those pixels' coordinates.
//
// Two passes, because one is not enough to tell a cat from a person in profile: on real
// photos a cat's face scored 0.74–0.80 and a grey profile face 0.76–0.84 on the whole frame.
// 1. The photo, letterboxed into the model's 256×256 square, gives candidates (recall).
// 2. Each candidate is cut out with its surroundings (4× its size) and shown to the model
//    again at the scale it knows best: real faces come back at 0.91–0.96 right in the middle,
//    the cat at 0.43–0.51, coffee and rockets at ≤ 0.67 (bench/faces.bench.ts prints these).
import * as tf from '@tensorflow/tfjs-core';
import type { BlazeFaceModel, NormalizedFace } from '@tensorflow-models/blazeface';
import { blazeFace256, DETECTION_DEFAULTS, INPUT_SIZE, loadGraphFromFiles, type ModelJson } from './blazeface-256.ts';
import { letterbox, type Letterbox } from './letterbox.ts';

import { MAX_INPUT_SIDE, type Box, type DetectedFace, type Pixels } from './pixels.ts';

export { DETECT_MAX_SIDE, MAX_INPUT_SIDE, type Box, type DetectedFace, type Pixels } from './pixels.ts';

export const PASSES = {
  /** Whole-frame score that makes a candidate. */
  candidate: 0.5,
  /** Whole-frame score that needs no second look (the cat never came near it). */
  sure: 0.9,
  /** The candidate's crop is this many times its size. */
  context: 4,
  /** Score the face must reach in its crop. */
  verified: 0.8,
  /**
   * A candidate smaller than this (input pixels) would be blown up more than 2.5× for the
   * second pass and lose what makes it a face; it is judged on its whole-frame score.
   */
  minVerifiable: INPUT_SIZE / 4 / 2.5,
  /** Whole-frame score that a face too small to verify needs. */
  unverifiedSmall: 0.75,
} as const;

export class FaceDetector {
  private constructor(private readonly model: BlazeFaceModel) {}

  /** The model from its two files (blazeface.json parsed, blazeface.bin as bytes). */
  static async fromFiles(json: ModelJson, weights: ArrayBuffer): Promise<FaceDetector> {
    const graph = await loadGraphFromFiles(json, weights);
    return new FaceDetector(blazeFace256(graph, { ...DETECTION_DEFAULTS, scoreThreshold: PASSES.candidate }));
  }

  /**
   * Faces in `img`, boxes in its pixels. `thorough` also looks at overlapping tiles at twice
   * the scale, which finds the small faces of a group photo (several times slower).
   */
  async detect(img: Pixels, options: { thorough?: boolean } = {}): Promise<DetectedFace[]> {
    checkPixels(img);
    const image = tf.tidy(() => {
      const bytes = img.data instanceof Uint8Array ? img.data : new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.byteLength);
      const raw = tf.tensor3d(bytes, [img.height, img.width, img.channels], 'int32');
      return tf.cast(img.channels === 4 ? tf.slice(raw, [0, 0, 0], [-1, -1, 3]) : raw, 'float32');
    });
    try {
      const lb = letterbox(img.width, img.height, INPUT_SIZE);
      const frame = tf.tidy(() => letterboxed(image, lb));
      let candidates: DetectedFace[];
      try {
        candidates = (await this.run(frame)).map((f) => fromSquare(f, lb));
      } finally {
        frame.dispose();
      }
      if (options.thorough) {
        for (const t of tiles(img.width, img.height)) {
          const found = await this.runOn(image, t.x, t.y, t.side);
          candidates.push(...found);
        }
        candidates = suppress(candidates);
      }
      const faces: DetectedFace[] = [];
      for (const c of candidates) {
        const face = await this.verify(image, c);
        if (face) faces.push(clip(face, img.width, img.height));
      }
      return faces.filter((f) => f.box[2] >= 1 && f.box[3] >= 1).sort((a, b) => a.box[0] - b.box[0] || a.box[1] - b.box[1]);
    } finally {
      image.dispose();
    }
  }

  dispose(): void {
    this.model.dispose();
  }

  private async run(square: tf.Tensor3D): Promise<DetectedFace[]> {
    const faces = await this.model.estimateFaces(square, false, false, true);
    return faces.map(toFace);
  }

  /** The model on a square of `image` (black outside it), boxes in the crop's 256 px. */
  private async runSquare(image: tf.Tensor3D, left: number, top: number, side: number): Promise<DetectedFace[]> {
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
      return await this.run(crop);
    } finally {
      crop.dispose();
    }
  }

  /** The model on a square of `image`, boxes in the image's pixels. */
  private async runOn(image: tf.Tensor3D, left: number, top: number, side: number): Promise<DetectedFace[]> {
    const k = side / INPUT_SIZE;
    return (await this.runSquare(image, left, top, side)).map((f) => ({
      box: [left + f.box[0] * k, top + f.box[1] * k, f.box[2] * k, f.box[3] * k],
      score: f.score,
    }));
  }

  /** The second pass: the candidate in its surroundings, at the model's favourite scale. */
  private async verify(image: tf.Tensor3D, c: DetectedFace): Promise<DetectedFace | null> {
    const [x, y, w, h] = c.box;
    const size = Math.max(w, h);
    if (c.score >= PASSES.sure) return c;
    if (size < PASSES.minVerifiable) return c.score >= PASSES.unverifiedSmall ? c : null;
    const side = size * PASSES.context;
    const left = x + w / 2 - side / 2;
    const top = y + h / 2 - side / 2;
    const found = await this.runSquare(image, left, top, side);
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
    if (!best || best.score < PASSES.verified) return null;
    const k = side / INPUT_SIZE;
    const [bx, by, bw, bh] = best.box;
    return { box: [left + bx * k, top + by * k, bw * k, bh * k], score: best.score };
  }
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
