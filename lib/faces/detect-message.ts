// The detectFaces payload as it crosses from a content script to the background (and on to
// the offscreen document). A page can drive a content script, so it is parsed on arrival.
import { z } from 'zod';
import { base64ToBytes } from './base64.ts';
import { MAX_INPUT_SIDE, type Pixels } from './pixels.ts';

export const detectRequestSchema = z
  .object({
    /** SHA-256 of the original file's bytes: the cache key. */
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    width: z.number().int().min(1).max(MAX_INPUT_SIDE),
    height: z.number().int().min(1).max(MAX_INPUT_SIDE),
    /** RGB, row-major, base64. */
    rgb: z.string().max(Math.ceil((MAX_INPUT_SIDE * MAX_INPUT_SIDE * 3) / 3) * 4),
    /** Also look for small faces in tiles (the blur uses it: missing a face there is worse). */
    thorough: z.boolean().default(false),
  })
  .refine((r) => r.rgb.length === Math.ceil((r.width * r.height * 3) / 3) * 4, {
    message: 'rgb does not hold width × height pixels',
    path: ['rgb'],
  });
export type DetectRequest = z.input<typeof detectRequestSchema>;

/** Faces in the sent pixels' coordinates. */
export interface DetectResult {
  faces: Array<{ box: [number, number, number, number]; score: number }>;
  /** Detection time where it ran (not counting messaging), for the benchmark. */
  ms: number;
  /** Where it ran: 'offscreen' or 'background'. */
  engine: string;
  /** The TensorFlow.js backend that ran it ('wasm'). */
  backend: string;
  /** What the detector holds after this request (for the benchmark's memory row). */
  memory?: { tensors: number; wasmHeapBytes: number | null };
}

export function requestPixels(r: z.output<typeof detectRequestSchema>): Pixels {
  return { width: r.width, height: r.height, channels: 3, data: base64ToBytes(r.rgb) };
}
