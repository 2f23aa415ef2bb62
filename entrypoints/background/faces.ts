// STUB: the face-detection issue turns this into the face service (offscreen document or
// worker, wasm backend, cache by image hash).
/** Wires the face-detection messages. */
export function registerFaces(): void {}
