// Where the files the extension bundles come from, for the build (wxt.config.ts) and for
// Node (CLI, tests): the npm packages, read from disk. Nothing is fetched from anywhere.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The two files of MediaPipe BlazeFace (256 "back" model) shipped by @vladmandic/human. */
export const MODEL_FILES = ['blazeface.json', 'blazeface.bin'] as const;

/** The single-threaded wasm binaries (plain and SIMD); threads are off, so not the threaded one. */
export const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm'] as const;

/** Where the extension serves them from (under its root). */
export const MODEL_DIR_IN_EXTENSION = 'models';
export const WASM_DIR_IN_EXTENSION = 'wasm';

export function modelSourceDir(): string {
  // The package's exports hide package.json; its Node entry sits in dist/ next to models/.
  return path.join(path.dirname(require.resolve('@vladmandic/human')), '..', 'models');
}

export function wasmSourceFiles(): Array<{ name: string; path: string }> {
  const dir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm'));
  return WASM_FILES.map((name) => ({ name, path: path.join(dir, name) }));
}
