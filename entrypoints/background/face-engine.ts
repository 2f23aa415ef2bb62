// Chrome: detection runs in an offscreen document created on demand. TensorFlow.js stays out
// of the service worker's bundle, which keeps its wake-up (and the first text finding) fast.
// Firefox (no offscreen API, a background page instead) and the benchmark build that puts
// TF.js in the worker swap this file for face-engine-inline.ts (see wxt.config.ts).
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging.ts';
import type { DetectRequest, DetectResult } from '../../lib/faces/detect-message.ts';

const OFFSCREEN_URL = '/offscreen.html';

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_URL)],
  });
  if (contexts.length) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['BLOBS' as Browser.offscreen.Reason],
      justification: 'Detects faces in photos attached to a post, on this device (TensorFlow.js, bundled model).',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function detectWithEngine(req: DetectRequest): Promise<DetectResult> {
  await ensureOffscreen();
  try {
    return await sendMessage('detectFacesOffscreen', req);
  } catch (err) {
    // The document closes itself when idle; if it went just now, open it again once.
    if (!/Receiving end does not exist|message port closed|No response/i.test(String(err))) throw err;
    await ensureOffscreen();
    return sendMessage('detectFacesOffscreen', req);
  }
}

/** Opens the document and has it load and run the model once, ahead of the first photo. */
export async function warmEngine(): Promise<void> {
  await ensureOffscreen();
  await sendMessage('warmFacesOffscreen', undefined);
}
