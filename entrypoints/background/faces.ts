// The face service: detectFaces from content scripts, answered from a cache by image hash or
// by the detector, which runs outside this worker (face-engine.ts) so that it wakes fast.
import { onMessage } from '../../lib/messaging.ts';
import { LruCache } from '../../lib/faces/cache.ts';
import { detectRequestSchema, type DetectRequest, type DetectResult } from '../../lib/faces/detect-message.ts';
import { detectWithEngine, warmEngine } from './face-engine.ts';

// Results are a few numbers per photo; the pixels are never kept.
const cache = new LruCache<Promise<DetectResult>>(128);

/** Wires the face-detection messages. */
export function registerFaces(): void {
  onMessage('detectFaces', ({ data }) => detectFaces(data));
  // Nothing comes with it, so there is nothing to parse; warming twice costs nothing.
  onMessage('warmFaces', () => warmEngine());
}

export async function detectFaces(raw: unknown): Promise<DetectResult> {
  const req = detectRequestSchema.parse(raw);
  // A thorough look starts from the faces it is given: they are part of the question.
  const known = req.known?.map((f) => f.box.map(Math.round).join(',')).join(';') ?? '';
  const key = `${req.hash}:${req.width}x${req.height}:${req.thorough ? `t:${known}` : 'q'}`;
  let result = cache.get(key);
  if (!result) {
    result = detectWithEngine(req satisfies DetectRequest);
    cache.set(key, result);
    // A failure is not remembered: the next attempt runs the detector again.
    result.catch(() => cache.delete(key));
  }
  return result;
}
