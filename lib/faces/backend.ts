// TensorFlow.js on its single-threaded SIMD wasm backend, the same in the extension and Node.
// Only the wasm backend is imported: were webgl registered, it would silently take over
// whenever wasm failed, and the numbers and memory would be those of another backend.
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

let ready: Promise<void> | null = null;

/**
 * Starts the wasm backend once. `wasmDir` is where the .wasm files are (an extension URL
 * ending in '/'); Node leaves it out and the backend finds its own files.
 */
export function startWasmBackend(wasmDir?: string): Promise<void> {
  ready ??= (async () => {
    // Threads need cross-origin isolation an extension page does not have; left on, the
    // backend fails in a service worker and hangs in an offscreen document.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    if (wasmDir) setWasmPaths(wasmDir);
    const ok = await tf.setBackend('wasm');
    await tf.ready();
    if (!ok || tf.getBackend() !== 'wasm') throw new Error(`face detection: the wasm backend did not start (got ${tf.getBackend()})`);
  })().catch((err: unknown) => {
    ready = null;
    throw err;
  });
  return ready;
}

/** The TensorFlow.js backend in use ('wasm' once started). */
export function activeBackend(): string {
  return tf.getBackend();
}

/** What the backend holds now: for benchmarks and leak tests. */
export function backendMemory(): { tensors: number; bytes: number; wasmHeapBytes: number | null } {
  const m = tf.memory();
  const backend = tf.engine().backend as unknown as { wasm?: { HEAPU8?: Uint8Array } };
  return { tensors: m.numTensors, bytes: m.numBytes, wasmHeapBytes: backend.wasm?.HEAPU8?.byteLength ?? null };
}
