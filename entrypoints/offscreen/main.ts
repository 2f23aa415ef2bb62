// The offscreen document: TensorFlow.js and the face model live here, created on demand
// when a photo is attached, so the service worker that checks text wakes without them.
import { browser } from 'wxt/browser';
import { onMessage } from '../../lib/messaging.ts';
import { detectRequest, warmDetector } from '../../lib/faces/extension-detector.ts';

/** With nothing to do for this long, the document closes itself and frees the wasm heap. */
const IDLE_MS = 5 * 60_000;
let idle = setTimeout(() => window.close(), IDLE_MS);

onMessage('detectFacesOffscreen', async ({ data, sender }) => {
  // Only the background asks: content scripts go through it (and its cache).
  if (sender.id !== browser.runtime.id || sender.tab) throw new Error('detectFacesOffscreen is for the background only');
  clearTimeout(idle);
  try {
    return await detectRequest(data, 'offscreen');
  } finally {
    idle = setTimeout(() => window.close(), IDLE_MS);
  }
});

onMessage('warmFacesOffscreen', async ({ sender }) => {
  if (sender.id !== browser.runtime.id || sender.tab) throw new Error('warmFacesOffscreen is for the background only');
  clearTimeout(idle);
  try {
    await warmDetector();
  } finally {
    idle = setTimeout(() => window.close(), IDLE_MS);
  }
});
