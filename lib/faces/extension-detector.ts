// The detector inside the extension (offscreen document, or a background page where there
// is no offscreen API): weights and wasm from the extension's own files, never the network.
import { browser } from 'wxt/browser';
import { activeBackend, backendMemory, startWasmBackend } from './backend.ts';
import type { ModelJson } from './blazeface-256.ts';
import { detectRequestSchema, requestPixels, type DetectResult } from './detect-message.ts';
import { FaceDetector } from './detector.ts';

let detector: Promise<FaceDetector> | null = null;
/** How long this document took to load the detector (for the benchmark's model-load row). */
let loadTimes: { backendMs: number; modelMs: number } | null = null;

/** Files added by the build hook are not in WXT's list of public paths. */
function extensionUrl(file: string): string {
  return (browser.runtime.getURL as (path: string) => string)(file);
}

async function load(): Promise<FaceDetector> {
  const t0 = performance.now();
  await startWasmBackend(extensionUrl('/wasm/'));
  const t1 = performance.now();
  const [json, bin] = await Promise.all([
    fetch(extensionUrl('/models/blazeface.json')).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`blazeface.json: HTTP ${r.status}`)))),
    fetch(extensionUrl('/models/blazeface.bin')).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`blazeface.bin: HTTP ${r.status}`)))),
  ]);
  const d = await FaceDetector.fromFiles(json as ModelJson, bin);
  loadTimes = { backendMs: t1 - t0, modelMs: performance.now() - t1 };
  return d;
}

/** Loads the model on first use; a failed load is retried on the next request. */
export function extensionDetector(): Promise<FaceDetector> {
  detector ??= load().catch((err: unknown) => {
    detector = null;
    throw err;
  });
  return detector;
}

let warmed: Promise<void> | null = null;

/**
 * Loads the detector and runs it once on a blank frame, so the first photo finds the wasm
 * started, the weights loaded and the kernels compiled: what makes a cold first detection
 * slow. Asked for when the user opens a composer's file picker (they take longer to pick a
 * photo than this takes); a failure is left for the photo's own request to report.
 */
export function warmDetector(): Promise<void> {
  warmed ??= extensionDetector()
    .then((d) => d.detect({ width: 64, height: 64, channels: 3, data: new Uint8Array(64 * 64 * 3).fill(128) }))
    .then(
      () => undefined,
      () => {
        warmed = null;
      },
    );
  return warmed;
}

/** Parses an untrusted request and runs the detector on it. */
export async function detectRequest(raw: unknown, engine: string): Promise<DetectResult> {
  const req = detectRequestSchema.parse(raw);
  const d = await extensionDetector();
  const t0 = performance.now();
  const found = await d.detect(requestPixels(req), { thorough: req.thorough, known: req.known });
  const ms = performance.now() - t0;
  const m = backendMemory();
  return {
    faces: found.faces,
    refine: found.refine,
    ms,
    runs: found.runs,
    engine,
    backend: activeBackend(),
    memory: { tensors: m.tensors, wasmHeapBytes: m.wasmHeapBytes },
    ...(loadTimes ? { load: loadTimes } : {}),
  };
}
