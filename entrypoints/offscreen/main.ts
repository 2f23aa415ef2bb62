// The offscreen document: TensorFlow.js and the face model live here, created on demand
// when a photo is attached, so the service worker that checks text wakes without them.
import { browser } from 'wxt/browser';
import { onMessage } from '../../lib/messaging.ts';
import { detectRequest, warmDetector } from '../../lib/faces/extension-detector.ts';

/** With nothing to do for this long, the document closes itself and frees the wasm heap. */
const IDLE_MS = 5 * 60_000;
let idle = setTimeout(() => window.close(), IDLE_MS);

/** Work asked of the document by the background: the idle clock stops while it runs. */
async function busy<T>(name: string, sender: { id?: string; tab?: unknown }, work: () => Promise<T>): Promise<T> {
  // Only the background asks: content scripts go through it (and its cache).
  if (sender.id !== browser.runtime.id || sender.tab) throw new Error(`${name} is for the background only`);
  clearTimeout(idle);
  try {
    return await work();
  } finally {
    idle = setTimeout(() => window.close(), IDLE_MS);
  }
}

onMessage('detectFacesOffscreen', ({ data, sender }) => busy('detectFacesOffscreen', sender, () => detectRequest(data, 'offscreen')));
onMessage('warmFacesOffscreen', ({ sender }) => busy('warmFacesOffscreen', sender, warmDetector));
