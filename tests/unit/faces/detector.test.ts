// @vitest-environment node
// The real model (bundled BlazeFace 256 weights) on the real photographs.
import * as tf from '@tensorflow/tfjs-core';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { iou } from '../../../lib/faces/detector.ts';
import { analysePhotoBytes, analysePhotoFile } from '../../../lib/faces/node-facts.ts';
import { nodeDetector } from '../../../lib/faces/node-detector.ts';
import { decodeForDetection } from '../../../lib/faces/node-image.ts';
import { DETECT_MAX_SIDE, REFINE_MAX_SIDE } from '../../../lib/faces/pixels.ts';
import { collage } from './collage.ts';
import { GROUP_PHOTOS, groupPhoto, randomGroupPhotos } from './group-photo.ts';
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

describe('group photos: the count a user is given is exact', () => {
  const grid3 = ['obama.jpg', 'astronaut.png', 'chelsea.png', 'biden.jpg', 'coffee.png', 'astronaut.png', 'obama.jpg', 'rocket.jpg', 'biden.jpg'];
  const grid4 = [...grid3, 'grass.png', 'obama.jpg', 'astronaut.png', 'chelsea.png', 'biden.jpg', 'camera.png', 'obama.jpg'];

  test.each([
    ['3 × 3', grid3, 3, 1800],
    ['4 × 4', grid4, 4, 2400],
  ] as const)('a %s collage of the photos: every face, never the cat, the coffee or the rocket', async (_, names, cols, width) => {
    const c = await collage([...names], cols, width);
    const quick = await analysePhotoBytes(c.bytes, 'collage', { look: 'quick' });
    const given = await analysePhotoBytes(c.bytes, 'collage');
    expect(given.faces).toHaveLength(c.faces);
    const tileOf = (b: number[]) => names[Math.floor((b[1]! + b[3]! / 2) / c.tile) * cols + Math.floor((b[0]! + b[2]! / 2) / c.tile)];
    expect(new Set(given.faces.map((f) => FACE_COUNTS[tileOf(f.box)!]))).toEqual(new Set([1]));
    // The quick look alone under-counts the 4 × 4 one (its faces are 17–30 px at 512 px).
    expect(quick.faces.length).toBeLessThanOrEqual(c.faces);
  });

  test.each(GROUP_PHOTOS.map((g) => [g.name, g] as const))('%s', async (_, g) => {
    const photo = await groupPhoto(g.width, g.height, g.background, g.people);
    const a = await analysePhotoBytes(photo.bytes, g.name);
    expect(a.faces).toHaveLength(g.people.length);
    // One face found on each person placed, none anywhere else.
    for (const truth of photo.faces) expect(a.faces.filter((f) => iou(f.box, truth) > 0.25)).toHaveLength(1);
  });

  test('a small face whose box from its tile is too small is still confirmed', async () => {
    // Random layout 6 of seed 2024: the astronaut at 15 px (of 512) came out of its tile a
    // third too small and scored 0.79 at the second look; at its true size, 0.91.
    const g = randomGroupPhotos(2024, 12)[5]!;
    const photo = await groupPhoto(g.width, g.height, g.background, g.people);
    const a = await analysePhotoBytes(photo.bytes, 'random 2024/6');
    expect(a.faces).toHaveLength(g.people.length);
    for (const truth of photo.faces) expect(a.faces.filter((f) => iou(f.box, truth) > 0.25)).toHaveLength(1);
  });

  test('the quick look under-counts small faces, and says so', async () => {
    const g = GROUP_PHOTOS.find((p) => p.name.startsWith('six small faces'))!;
    const photo = await groupPhoto(g.width, g.height, g.background, g.people);
    const d = await nodeDetector();
    const quick = await d.detect((await decodeForDetection(photo.bytes, DETECT_MAX_SIDE)).small);
    expect(quick.faces.length).toBeLessThan(6);
    expect(quick.refine).toBe(true);
  });
});

describe('what the quick look decides', () => {
  const portraits = Object.keys(FACE_COUNTS).filter((n) => FACE_COUNTS[n] === 1);
  const empty = Object.keys(FACE_COUNTS).filter((n) => FACE_COUNTS[n] === 0);

  test.each(portraits)('%s: a portrait is done after the quick look (no tiles, one or two model runs)', async (name) => {
    const d = await nodeDetector();
    const quick = await d.detect((await decodeForDetection(await readPhoto(name), DETECT_MAX_SIDE)).small);
    expect(quick.faces).toHaveLength(1);
    expect(quick.refine).toBe(false);
    expect(quick.runs).toBeLessThanOrEqual(2);
  });

  test.each(empty)('%s: no face at a glance is looked at again in tiles, and still none is found', async (name) => {
    const d = await nodeDetector();
    const photo = await decodeForDetection(await readPhoto(name), REFINE_MAX_SIDE);
    const small = await decodeForDetection(await readPhoto(name), DETECT_MAX_SIDE);
    const quick = await d.detect(small.small);
    expect(quick.refine).toBe(true);
    const thorough = await d.detect(photo.small, { thorough: true });
    // The rocket: a tile sees a 20 px "face" at 0.76 on the gantry, the second look does not.
    expect(thorough.faces).toEqual([]);
    expect(thorough.runs).toBeGreaterThan(quick.runs);
  });

  test('a photo too small to tile is done after the quick look, whatever it shows', async () => {
    const d = await nodeDetector();
    const small = await decodeForDetection(await readPhoto('coffee.png'), 300);
    const quick = await d.detect(small.small);
    expect(quick).toMatchObject({ faces: [], refine: false });
  });
});

test('detection frees every tensor it makes', async () => {
  const d = await nodeDetector();
  const photo = await decodeForDetection(await readPhoto('camera.png'), 512);
  const big = await decodeForDetection(await readPhoto('obama.jpg'), REFINE_MAX_SIDE);
  await d.detect(photo.small);
  const before = tf.memory().numTensors;
  for (let i = 0; i < 3; i++) await d.detect(photo.small, { thorough: i === 2 });
  await d.detect(big.small, { thorough: true });
  await d.detect(big.small, { thorough: true, known: [{ box: [300, 100, 200, 200], score: 0.95 }] });
  expect(tf.memory().numTensors).toBe(before);
});

test('bad pixels are refused with the reason', async () => {
  const d = await nodeDetector();
  await expect(d.detect({ width: 10, height: 10, channels: 3, data: new Uint8Array(10) })).rejects.toThrow(/10 bytes for a 10×10×3 image/);
  await expect(d.detect({ width: 2000, height: 10, channels: 3, data: new Uint8Array(60_000) })).rejects.toThrow(/downscale the image first/);
  await expect(analysePhotoBytes(new TextEncoder().encode('not an image'), 'notes.txt')).rejects.toThrow(/notes.txt is not an image/);
});
