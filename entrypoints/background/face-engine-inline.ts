// Detection in the background context itself: Firefox's background page (no offscreen API),
// and the benchmark build that measures a service worker carrying TensorFlow.js.
import type { DetectRequest, DetectResult } from '../../lib/faces/detect-message.ts';
import { detectRequest, warmDetector } from '../../lib/faces/extension-detector.ts';

export function detectWithEngine(req: DetectRequest): Promise<DetectResult> {
  return detectRequest(req, 'background');
}

export function warmEngine(): Promise<void> {
  return warmDetector();
}
