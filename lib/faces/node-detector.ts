// The detector in Node, loading the same two model files the extension bundles.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startWasmBackend } from './backend.ts';
import { FaceDetector } from './detector.ts';
import type { ModelJson } from './blazeface-256.ts';
import { modelSourceDir } from './model-source.ts';

let detector: Promise<FaceDetector> | null = null;

/** One detector per process, loaded on first use. */
export function nodeDetector(): Promise<FaceDetector> {
  detector ??= loadNodeDetector().catch((err: unknown) => {
    detector = null;
    throw err;
  });
  return detector;
}

export async function loadNodeDetector(dir = modelSourceDir()): Promise<FaceDetector> {
  await startWasmBackend();
  const [json, bin] = await Promise.all([
    readFile(path.join(dir, 'blazeface.json'), 'utf8'),
    readFile(path.join(dir, 'blazeface.bin')),
  ]);
  const weights = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer;
  return FaceDetector.fromFiles(JSON.parse(json) as ModelJson, weights);
}
