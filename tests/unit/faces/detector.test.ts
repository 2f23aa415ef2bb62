// @vitest-environment node
// The real model (bundled BlazeFace 256 weights) on the real photographs.
import * as tf from '@tensorflow/tfjs-core';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { iou } from '../../../lib/faces/detector.ts';
import { analysePhotoBytes, analysePhotoFile } from '../../../lib/faces/node-facts.ts';
import { nodeDetector } from '../../../lib/faces/node-detector.ts';
import { decodeForDetection } from '../../../lib/faces/node-image.ts';
import { collage } from './collage.ts';
import { FACE_COUNTS, photoPath, readPhoto } from './photos.ts';

describe('each photo has the number of faces its README gives', () => {
  test.each(Object.entries(FACE_COUNTS))('%s: %i', async (name, count) => {
    const a = await analysePhotoFile(photoPath(name));
    expect(a.faces).toHaveLength(count);
    for (const f of a.faces) {
      const [x, y, w, h] = f.box;
      expect(x >= 0 && y >= 0 && x + w <= a.width && y + h <= a.height).toBe(true);
      expect(f.score).toBeGreaterThanOrEqual(0.8);
      // A face, not a speck or the whole frame.
      expect(w / a.width).toBeGreaterThan(0.05);
      expect(w / a.width).toBeLessThan(0.6);
    }
  });
});

test('boxes are in the original photo’s pixels, whatever its size', async () => {
  const bytes = await readPhoto('astronaut.png');
  const small = await analysePhotoBytes(bytes, 'astronaut');
  const big = await analysePhotoBytes(new Uint8Array(await sharp(bytes).resize(1536).png().toBuffer()), 'astronaut ×3');
  expect([small.width, big.width]).toEqual([512, 1536]);
  const scaledDown = big.faces[0]!.box.map((v) => v / 3) as [number, number, number, number];
  expect(iou(scaledDown, small.faces[0]!.box)).toBeGreaterThan(0.8);
  // Eileen Collins' face is in the upper middle of the photo.
  const [x, y, w, h] = small.faces[0]!.box;
  expect(x + w / 2).toBeGreaterThan(150);
  expect(x + w / 2).toBeLessThan(300);
  expect(y + h / 2).toBeLessThan(256);
});

test('a photo stored sideways (EXIF orientation 6) is checked as it is shown', async () => {
  const upright = await readPhoto('obama.jpg');
  // Pixels turned a quarter; the EXIF tag tells viewers to turn them back.
  const sideways = new Uint8Array(await sharp(upright).rotate(270).withMetadata({ orientation: 6 }).jpeg().toBuffer());
  const a = await analysePhotoBytes(sideways, 'sideways');
  const b = await analysePhotoBytes(upright, 'upright');
  expect([a.width, a.height]).toEqual([910, 1137]);
  expect(a.faces).toHaveLength(1);
  expect(iou(a.faces[0]!.box, b.faces[0]!.box)).toBeGreaterThan(0.8);
});

test('in a group photo the thorough pass finds every face, and never the cat', async () => {
  const names = ['obama.jpg', 'astronaut.png', 'chelsea.png', 'biden.jpg', 'coffee.png', 'astronaut.png', 'obama.jpg', 'rocket.jpg', 'biden.jpg'];
  const c = await collage(names, 3, 1800);
  const quick = await analysePhotoBytes(c.bytes, 'collage');
  const thorough = await analysePhotoBytes(c.bytes, 'collage', { thorough: true });
  expect(c.faces).toBe(6);
  expect(thorough.faces).toHaveLength(6);
  expect(quick.faces.length).toBeGreaterThanOrEqual(4);
  expect(quick.faces.length).toBeLessThanOrEqual(6);
  const tileOf = (b: number[]) => names[Math.floor((b[1]! + b[3]! / 2) / c.tile) * 3 + Math.floor((b[0]! + b[2]! / 2) / c.tile)];
  expect(new Set(thorough.faces.map((f) => FACE_COUNTS[tileOf(f.box)!]))).toEqual(new Set([1]));
});

test('detection frees every tensor it makes', async () => {
  const d = await nodeDetector();
  const photo = await decodeForDetection(await readPhoto('camera.png'), 512);
  await d.detect(photo.small);
  const before = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) await d.detect(photo.small, { thorough: i === 2 });
  expect(tf.memory().numTensors).toBe(before);
});

test('bad pixels are refused with the reason', async () => {
  const d = await nodeDetector();
  await expect(d.detect({ width: 10, height: 10, channels: 3, data: new Uint8Array(10) })).rejects.toThrow(/10 bytes for a 10×10×3 image/);
  await expect(d.detect({ width: 2000, height: 10, channels: 3, data: new Uint8Array(60_000) })).rejects.toThrow(/downscale the image first/);
  await expect(analysePhotoBytes(new TextEncoder().encode('not an image'), 'notes.txt')).rejects.toThrow(/notes.txt is not an image/);
});
