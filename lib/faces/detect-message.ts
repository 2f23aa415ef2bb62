// The detectFaces payload as it crosses from a content script to the background (and on to
// the offscreen document). A page can drive a content script, so it is parsed on arrival.
import { z } from 'zod';
import { base64ToBytes } from './base64.ts';
import { MAX_INPUT_SIDE, type Pixels } from './pixels.ts';

/** No photo is sent back with more known faces than the rules take. */
const MAX_KNOWN_FACES = 500;

export const detectRequestSchema = z
  .object({
    /** SHA-256 of the original file's bytes: the cache key. */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    width: z.number().int().min(1).max(MAX_INPUT_SIDE),
    height: z.number().int().min(1).max(MAX_INPUT_SIDE),
    /** RGB, row-major, base64. */
    rgb: z.string().max(Math.ceil((MAX_INPUT_SIDE * MAX_INPUT_SIDE * 3) / 3) * 4),
    /**
     * Also look for small faces in tiles: after a quick look that said `refine`, and for the
     * blur (missing a face there is worse). Send up to REFINE_MAX_SIDE pixels for it.
     */
    thorough: z.boolean().default(false),
    /** With `thorough`: the faces a quick look confirmed, in these pixels (not looked for again). */
    known: z
      .array(z.object({ box: z.tuple([z.number(), z.number(), z.number(), z.number()]), score: z.number().min(0).max(1) }))
      .max(MAX_KNOWN_FACES)
      .optional(),
  })
  .refine((r) => r.rgb.length === Math.ceil((r.width * r.height * 3) / 3) * 4, {
    message: 'rgb does not hold width × height pixels',
    path: ['rgb'],
  });
export type DetectRequest = z.input<typeof detectRequestSchema>;

/** Faces in the sent pixels' coordinates. */
export interface DetectResult {
  faces: Array<{ box: [number, number, number, number]; score: number }>;
  /**
   * After a quick look: a thorough one (tiles, on REFINE_MAX_SIDE pixels) may find more faces,
   * so the count is not final until it has run.
   */
  refine: boolean;
  /** Detection time where it ran (not counting messaging), for the benchmark. */
  ms: number;
  /** Model runs it took (for the benchmark). */
  runs: number;
  /** Where it ran: 'offscreen' or 'background'. */
  engine: string;
  /** The TensorFlow.js backend that ran it ('wasm'). */
  backend: string;
  /** What the detector holds after this request (for the benchmark's memory row). */
  memory?: { tensors: number; wasmHeapBytes: number | null };
  /** How long the detector took to load where it runs: wasm backend start, weights fetched and the graph built (for the benchmark). */
  load?: { backendMs: number; modelMs: number };
}

export function requestPixels(r: z.output<typeof detectRequestSchema>): Pixels {
  return { width: r.width, height: r.height, channels: 3, data: base64ToBytes(r.rgb) };
}
