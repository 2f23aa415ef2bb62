import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// A cold first face check costs about a second: the worker wakes, the offscreen document
// opens, TensorFlow.js starts and the model loads and compiles. A user opening a file
// picker (or dragging a file over the page) spends longer than that choosing a photo, so
// that is when the detector is made ready. Nothing of the page or the photo is sent.

/**
 * A warm detector answers at once, so asking again costs a message; but the document may
 * have closed (idle five minutes) or the worker restarted since, so ask again on the next
 * picker, only not for every click of a user clicking around.
 */
const WARM_EVERY_MS = 5_000;

/** Calls `ask` (the warmFaces message) when the user starts choosing a photo. */
export function warmFacesWhenPicking(ctx: ContentScriptContext, ask: () => Promise<unknown>): void {
  let last = -Infinity;
  const warm = () => {
    const now = performance.now();
    if (now - last < WARM_EVERY_MS) return;
    last = now;
    // Only a head start: the photo's own request reports any failure.
    ask().catch(() => {
      last = -Infinity;
    });
  };
  // The sites open their (hidden) file input with input.click(): a click event on it, in the page.
  ctx.addEventListener(
    document,
    'click',
    (e) => {
      const input = e.composedPath()[0];
      if (input instanceof HTMLInputElement && input.type === 'file' && (!input.accept || /image/i.test(input.accept))) warm();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(
    document,
    'dragenter',
    (e) => {
      if (e.dataTransfer?.types.includes('Files')) warm();
    },
    { capture: true, passive: true },
  );
}
